package org.example.dim.nodes.labelmasker;

import java.util.List;
import org.example.dim.nodes.util.SettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the Label Masker; each is a flow variable, so that the node runs inside KNIME loops. */
final class LabelMaskerSettings extends SettingsGroup {

    final SettingsModelString labelColumn = new SettingsModelString("label_column", "");
    final SettingsModelDoubleBounded testFraction = new SettingsModelDoubleBounded("test_fraction", 0.2, 0.01, 0.99);
    final SettingsModelIntegerBounded labels = new SettingsModelIntegerBounded("labels", 100, 1, Integer.MAX_VALUE);
    final SettingsModelIntegerBounded replicate = new SettingsModelIntegerBounded("replicate", 1, 1, Integer.MAX_VALUE);
    final SettingsModelIntegerBounded seed = new SettingsModelIntegerBounded("seed", 1, 0, Integer.MAX_VALUE);
    final SettingsModelString foldColumn = new SettingsModelString("fold_column", "");
    final SettingsModelString testFold = new SettingsModelString("test_fold", "test");

    @Override
    public List<SettingsModel> models() {
        return List.of(labelColumn, testFraction, labels, replicate, seed, foldColumn, testFold);
    }

    @Override
    protected SettingsGroup fresh() {
        return new LabelMaskerSettings();
    }
}
