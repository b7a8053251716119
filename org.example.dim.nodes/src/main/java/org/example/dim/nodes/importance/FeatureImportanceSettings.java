package org.example.dim.nodes.importance;

import java.util.List;
import org.example.dim.nodes.util.SettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the Feature-Importance Evaluator. */
final class FeatureImportanceSettings extends SettingsGroup {

    static final List<String> MODELS = List.of("linear", "ridge", "mlp");

    final SettingsModelString representationPrefix = new SettingsModelString("representation_prefix", "z");
    final SettingsModelString properties = new SettingsModelString("properties", "");
    final SettingsModelString model = new SettingsModelString("model", "linear");
    final SettingsModelIntegerBounded seeds = new SettingsModelIntegerBounded("seeds", 5, 2, 100);

    @Override
    public List<SettingsModel> models() {
        return List.of(representationPrefix, properties, model, seeds);
    }

    @Override
    protected SettingsGroup fresh() {
        return new FeatureImportanceSettings();
    }
}
