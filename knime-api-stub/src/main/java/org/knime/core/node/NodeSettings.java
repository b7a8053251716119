package org.knime.core.node;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stand-in of a node's settings tree, working in memory so that settings round trips can be tested
 * without KNIME. Values keep their type: reading a key with another type's getter fails as in KNIME.
 */
public final class NodeSettings implements NodeSettingsRO, NodeSettingsWO {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public NodeSettings(final String key) {
    }

    @Override
    public boolean containsKey(final String key) {
        return values.containsKey(key);
    }

    @Override
    public String getString(final String key) throws InvalidSettingsException {
        return get(key, String.class);
    }

    @Override
    public int getInt(final String key) throws InvalidSettingsException {
        return get(key, Integer.class);
    }

    @Override
    public double getDouble(final String key) throws InvalidSettingsException {
        return get(key, Double.class);
    }

    @Override
    public boolean getBoolean(final String key) throws InvalidSettingsException {
        return get(key, Boolean.class);
    }

    @Override
    public void addString(final String key, final String value) {
        values.put(key, value);
    }

    @Override
    public void addInt(final String key, final int value) {
        values.put(key, value);
    }

    @Override
    public void addDouble(final String key, final double value) {
        values.put(key, value);
    }

    @Override
    public void addBoolean(final String key, final boolean value) {
        values.put(key, value);
    }

    private <T> T get(final String key, final Class<T> type) throws InvalidSettingsException {
        Object v = values.get(key);
        if (!type.isInstance(v)) {
            throw new InvalidSettingsException("Config for key \"" + key + "\" not found or not of type "
                + type.getSimpleName());
        }
        return type.cast(v);
    }
}
