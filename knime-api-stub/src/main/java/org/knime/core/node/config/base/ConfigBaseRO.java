package org.knime.core.node.config.base;

import org.knime.core.node.InvalidSettingsException;

/** Stand-in (knime-shared): read access to a settings tree; only the getters the nodes need. */
public interface ConfigBaseRO {

    boolean containsKey(String key);

    String getString(String key) throws InvalidSettingsException;

    int getInt(String key) throws InvalidSettingsException;

    double getDouble(String key) throws InvalidSettingsException;

    boolean getBoolean(String key) throws InvalidSettingsException;
}
