package org.example.dim.nodes.modelreader;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;

/** Dialog of the DIM Model Reader. */
final class DimModelReaderNodeDialog extends DefaultNodeSettingsPane {

    DimModelReaderNodeDialog() {
        addDialogComponent(new DialogComponentFileChooser(new DimModelReaderSettings().file, "dim-model-file", ".dim"));
    }
}
