package org.example.dim.nodes.importance;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Feature-Importance Evaluator. */
final class FeatureImportanceNodeDialog extends DefaultNodeSettingsPane {

    FeatureImportanceNodeDialog() {
        FeatureImportanceSettings s = new FeatureImportanceSettings();
        addDialogComponent(new DialogComponentString(s.representationPrefix, "Representation columns start with"));
        addDialogComponent(new DialogComponentString(s.properties, "Property columns (comma-separated; empty: all others)"));
        addDialogComponent(new DialogComponentStringSelection(s.model, "Model", FeatureImportanceSettings.MODELS.toArray(String[]::new)));
        addDialogComponent(new DialogComponentNumber(s.seeds, "Seeds (60/20/20 splits)", 1));
    }
}
