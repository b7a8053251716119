package org.example.dim.nodes.modelreader;

import java.util.List;
import org.example.dim.nodes.util.SettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the DIM Model Reader. */
final class DimModelReaderSettings extends SettingsGroup {

    static final String FILE = "file";

    final SettingsModelString file = new SettingsModelString(FILE, "");

    @Override
    public List<SettingsModel> models() {
        return List.of(file);
    }

    @Override
    protected SettingsGroup fresh() {
        return new DimModelReaderSettings();
    }
}
