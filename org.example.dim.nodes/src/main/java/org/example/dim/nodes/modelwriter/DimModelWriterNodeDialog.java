package org.example.dim.nodes.modelwriter;

import javax.swing.JFileChooser;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;

/** Dialog of the DIM Model Writer. */
final class DimModelWriterNodeDialog extends DefaultNodeSettingsPane {

    DimModelWriterNodeDialog() {
        DimModelWriterSettings s = new DimModelWriterSettings();
        addDialogComponent(new DialogComponentFileChooser(s.file, "dim-model-file", JFileChooser.SAVE_DIALOG,
            ".dim"));
        addDialogComponent(new DialogComponentBoolean(s.overwrite, "Overwrite an existing file"));
    }
}
