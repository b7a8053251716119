package org.example.dim.nodes.modelwriter;

import java.util.List;
import org.example.dim.nodes.util.SettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the DIM Model Writer. */
final class DimModelWriterSettings extends SettingsGroup {

    static final String FILE = "file";

    final SettingsModelString file = new SettingsModelString(FILE, "");
    final SettingsModelBoolean overwrite = new SettingsModelBoolean("overwrite", false);

    @Override
    public List<SettingsModel> models() {
        return List.of(file, overwrite);
    }

    @Override
    protected SettingsGroup fresh() {
        return new DimModelWriterSettings();
    }
}
