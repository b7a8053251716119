package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Stand-in: NodeSettings access (RO). */
public interface NodeSettingsRO extends ConfigRO {
}
