package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/** Stand-in: a setting of type int. */
public class SettingsModelInteger extends SettingsModelNumber {

    private final String configName;

    private int value;

    public SettingsModelInteger(final String configName, final int defaultValue) {
        this.configName = configName;
        this.value = defaultValue;
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_integer";
    }

    @Override
    protected String getConfigName() {
        return configName;
    }

    public void setIntValue(final int newValue) {
        validateValue(newValue);
        value = newValue;
    }

    public int getIntValue() {
        return value;
    }

    /** Checks a value before it is taken; bounded subclasses reject values out of range. */
    protected void validateValue(final int v) {
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            validateValue(settings.getInt(configName));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            setIntValue(settings.getInt(configName));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addInt(configName, value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + configName + "')";
    }
}
