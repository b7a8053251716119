package org.knime.core.node.config.base;

/** Stand-in (knime-shared): write access to a settings tree; only the setters the nodes need. */
public interface ConfigBaseWO {

    void addString(String key, String value);

    void addInt(String key, int value);

    void addDouble(String key, double value);

    void addBoolean(String key, boolean value);
}
