package org.example.dim.nodes.cifreader;

import org.example.dim.nodes.util.Choices;
import org.knime.core.data.StringValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the CIF Reader. */
final class CifReaderNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    CifReaderNodeDialog() {
        CifReaderSettings s = new CifReaderSettings();
        createNewGroup("Files (when no table is connected)");
        addDialogComponent(new DialogComponentString(s.paths, "CIF files or folders (separate with ;)"));
        createNewGroup("Input column (when a table is connected)");
        addDialogComponent(new DialogComponentColumnNameSelection(s.inputColumn, "Column", 0, StringValue.class));
        addDialogComponent(new DialogComponentStringSelection(s.columnContent, "The column holds",
            Choices.names(CifReaderSettings.ColumnContent.class)));
    }
}
