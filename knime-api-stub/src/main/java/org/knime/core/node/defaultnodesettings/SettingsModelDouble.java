package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/** Stand-in: a setting of type double. */
public class SettingsModelDouble extends SettingsModelNumber {

    private final String configName;

    private double value;

    public SettingsModelDouble(final String configName, final double defaultValue) {
        this.configName = configName;
        this.value = defaultValue;
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_double";
    }

    @Override
    protected String getConfigName() {
        return configName;
    }

    public void setDoubleValue(final double newValue) {
        validateValue(newValue);
        value = newValue;
    }

    public double getDoubleValue() {
        return value;
    }

    /** Checks a value before it is taken; bounded subclasses reject values out of range. */
    protected void validateValue(final double v) {
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            validateValue(settings.getDouble(configName));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            setDoubleValue(settings.getDouble(configName));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addDouble(configName, value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + configName + "')";
    }
}
