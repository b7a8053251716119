package org.example.dim.nodes.embedder;

import org.example.dim.nodes.types.SupercellValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/** Dialog of the Embedder. */
final class EmbedderNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    EmbedderNodeDialog() {
        EmbedderSettings s = new EmbedderSettings();
        addDialogComponent(new DialogComponentColumnNameSelection(s.supercellColumn, "Supercell column", 1,
            SupercellValue.class));
        addDialogComponent(new DialogComponentBoolean(s.untrained, "Untrained baseline (random weights)"));
        addDialogComponent(new DialogComponentNumber(s.seed, "Seed of the untrained weights", 1));
        addDialogComponent(new DialogComponentBoolean(s.localMean, "Mean local representation instead of G"));
    }
}
