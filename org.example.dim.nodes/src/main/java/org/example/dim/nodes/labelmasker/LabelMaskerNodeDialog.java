package org.example.dim.nodes.labelmasker;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** Dialog of the Label Masker. */
final class LabelMaskerNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    LabelMaskerNodeDialog() {
        LabelMaskerSettings s = new LabelMaskerSettings();
        addDialogComponent(new DialogComponentColumnNameSelection(s.labelColumn, "Label column", 0,
            DoubleValue.class));
        addDialogComponent(new DialogComponentNumber(s.labels, "Labelled training rows N", 10));
        addDialogComponent(new DialogComponentNumber(s.replicate, "Replicate", 1));
        addDialogComponent(new DialogComponentNumber(s.testFraction, "Test fraction", 0.05));
        addDialogComponent(new DialogComponentNumber(s.seed, "Seed", 1));
        addDialogComponent(new DialogComponentString(s.foldColumn, "Fold column (empty: seeded split)"));
        addDialogComponent(new DialogComponentString(s.testFold, "Test fold value"));
    }
}
