package org.example.dim.nodes.cifreader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.example.dim.nodes.util.Choices;
import org.example.dim.nodes.util.FileLocation;
import org.example.dim.nodes.util.SettingsGroup;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the CIF Reader. */
final class CifReaderSettings extends SettingsGroup {

    /** What the input column holds. */
    enum ColumnContent { PATHS, CIF_TEXT }

    static final String PATHS = "paths";
    static final String INPUT_COLUMN = "input_column";
    static final String COLUMN_CONTENT = "column_content";

    final SettingsModelString paths = new SettingsModelString(PATHS, "");
    final SettingsModelString inputColumn = new SettingsModelString(INPUT_COLUMN, "");
    final SettingsModelString columnContent = new SettingsModelString(COLUMN_CONTENT, ColumnContent.PATHS.name());

    @Override
    public List<SettingsModel> models() {
        return List.of(paths, inputColumn, columnContent);
    }

    @Override
    protected SettingsGroup fresh() {
        return new CifReaderSettings();
    }

    @Override
    protected void check() throws InvalidSettingsException {
        columnContent();
    }

    ColumnContent columnContent() throws InvalidSettingsException {
        return Choices.parse(ColumnContent.class, columnContent.getStringValue(), COLUMN_CONTENT);
    }

    /** The files and folders to read: the setting split at ';' and line breaks, blanks dropped. */
    /** The files and folders of the setting, each a path or a knime:// URL of a local workflow. */
    List<Path> pathList() throws InvalidSettingsException {
        List<Path> out = new ArrayList<>();
        for (String entry : paths.getStringValue().split("[;\\n]")) {
            if (!entry.isBlank()) {
                out.add(FileLocation.parse(entry, PATHS).requireLocalPath());
            }
        }
        return out;
    }
}
