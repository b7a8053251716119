package org.example.dim.nodes.util;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;

/**
 * A node's settings: every one a SettingsModel, so that each can be set by a flow variable in KNIME, and the
 * dialog (built from the same models) and the model always agree on keys.
 */
public abstract class SettingsGroup {

    /** All settings models of the node, each saved under its own key. */
    public abstract List<SettingsModel> models();

    /**
     * Checks values that the models alone cannot (a choice among names, a list of kinds); throws naming the
     * setting. Called on a fresh copy loaded from the settings being validated.
     */
    protected void check() throws InvalidSettingsException {
    }

    /**
     * Settings added after workflows were first saved with the node, by key: settings saved before (an older
     * workflow) lack them, and they keep their defaults there rather than refusing the workflow.
     */
    public Map<String, SettingsModel> addedLater() {
        return Map.of();
    }

    /** A new group with default values, to validate settings without touching this one. */
    protected abstract SettingsGroup fresh();

    public final void saveTo(final NodeSettingsWO settings) {
        for (SettingsModel m : models()) {
            m.saveSettingsTo(settings);
        }
    }

    public final void validate(final NodeSettingsRO settings) throws InvalidSettingsException {
        Set<SettingsModel> absent = absent(settings);
        for (SettingsModel m : models()) {
            if (!absent.contains(m)) {
                m.validateSettings(settings);
            }
        }
        SettingsGroup copy = fresh();
        copy.loadFrom(settings);
    }

    public final void loadFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        Set<SettingsModel> absent = absent(settings);
        for (SettingsModel m : models()) {
            if (!absent.contains(m)) {
                m.loadSettingsFrom(settings);
            }
        }
        check();
    }

    /** The settings added later that {@code settings} lack (by identity: models need not define equality). */
    private Set<SettingsModel> absent(final NodeSettingsRO settings) {
        Set<SettingsModel> out = Collections.newSetFromMap(new IdentityHashMap<>());
        addedLater().forEach((key, model) -> {
            if (!settings.containsKey(key)) {
                out.add(model);
            }
        });
        return out;
    }
}
