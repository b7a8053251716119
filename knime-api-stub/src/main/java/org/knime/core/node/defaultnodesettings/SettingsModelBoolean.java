package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/** Stand-in: a boolean setting. */
public class SettingsModelBoolean extends SettingsModel {

    private final String configName;

    private boolean value;

    public SettingsModelBoolean(final String configName, final boolean defaultValue) {
        this.configName = configName;
        this.value = defaultValue;
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_boolean";
    }

    @Override
    public String getConfigName() {
        return configName;
    }

    public void setBooleanValue(final boolean newValue) {
        value = newValue;
    }

    public boolean getBooleanValue() {
        return value;
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        settings.getBoolean(configName);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        value = settings.getBoolean(configName);
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addBoolean(configName, value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + configName + "')";
    }
}
