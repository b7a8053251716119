package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Stand-in: ModelContent access (WO). */
public interface ModelContentWO extends ConfigWO {
}
