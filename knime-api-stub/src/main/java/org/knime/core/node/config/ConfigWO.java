package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseWO;

/** Stand-in: write-only settings. */
public interface ConfigWO extends ConfigBaseWO {
}
