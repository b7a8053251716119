package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/** Stand-in: one setting of a node, saved under its config name; any setting can be a flow variable in KNIME. */
public abstract class SettingsModel {

    public SettingsModel() {
    }

    protected abstract String getModelTypeID();

    protected abstract String getConfigName();

    protected abstract void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void saveSettingsForModel(final NodeSettingsWO settings);

    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        validateSettingsForModel(settings);
    }

    public final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        loadSettingsForModel(settings);
    }

    public final void saveSettingsTo(final NodeSettingsWO settings) {
        saveSettingsForModel(settings);
    }

    @Override
    public abstract String toString();
}
