package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Stand-in: NodeSettings access (WO). */
public interface NodeSettingsWO extends ConfigWO {
}
