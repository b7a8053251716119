package org.example.dim.nodes.embedder;

import java.util.List;
import org.example.dim.nodes.util.SettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the Embedder. */
final class EmbedderSettings extends SettingsGroup {

    final SettingsModelString supercellColumn = new SettingsModelString("supercell_column", "");
    final SettingsModelBoolean untrained = new SettingsModelBoolean("untrained_baseline", false);
    final SettingsModelInteger seed = new SettingsModelInteger("seed", 1);
    final SettingsModelBoolean localMean = new SettingsModelBoolean("local_mean", false);

    @Override
    public List<SettingsModel> models() {
        return List.of(supercellColumn, untrained, seed, localMean);
    }

    @Override
    protected SettingsGroup fresh() {
        return new EmbedderSettings();
    }
}
