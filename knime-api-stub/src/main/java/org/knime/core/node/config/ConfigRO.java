package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseRO;

/** Stand-in: read-only settings. */
public interface ConfigRO extends ConfigBaseRO {
}
