package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Stand-in: ModelContent access (RO). */
public interface ModelContentRO extends ConfigRO {
}
