package org.example.dim.nodes.supercell;

import java.util.List;
import org.example.dim.engine.crystal.DisorderPolicy;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.OversizePolicy;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.example.dim.nodes.util.Choices;
import org.example.dim.nodes.util.SettingsGroup;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the Supercell Builder: the engine's featurisation settings, the paper's by default. */
final class SupercellBuilderSettings extends SettingsGroup {

    private static final FeaturizationSettings DEFAULTS = FeaturizationSettings.deepInfoMaxDefaults();

    static final String OVERSIZE = "oversize";
    static final String DISORDER = "disorder";
    static final String MISSING_VALUES = "missing_values";

    final SettingsModelString crystalColumn = new SettingsModelString("crystal_column", "");
    final SettingsModelIntegerBounded size =
        new SettingsModelIntegerBounded("supercell_size", DEFAULTS.supercellSize(), 1, 100_000);
    final SettingsModelBoolean primitive = new SettingsModelBoolean("primitive", DEFAULTS.primitive());
    final SettingsModelDoubleBounded tolerance =
        new SettingsModelDoubleBounded("primitive_tolerance", DEFAULTS.primitiveTolerance(), 1e-6, 10);
    final SettingsModelString oversize = new SettingsModelString(OVERSIZE, DEFAULTS.oversize().name());
    final SettingsModelString disorder = new SettingsModelString(DISORDER, DEFAULTS.disorder().name());
    final SettingsModelString missingValues = new SettingsModelString(MISSING_VALUES, DEFAULTS.missingValues().name());

    @Override
    public List<SettingsModel> models() {
        return List.of(crystalColumn, size, primitive, tolerance, oversize, disorder, missingValues);
    }

    @Override
    protected SettingsGroup fresh() {
        return new SupercellBuilderSettings();
    }

    @Override
    protected void check() throws InvalidSettingsException {
        featurization();
    }

    /** The engine's settings these stand for. */
    FeaturizationSettings featurization() throws InvalidSettingsException {
        return new FeaturizationSettings(size.getIntValue(), primitive.getBooleanValue(), tolerance.getDoubleValue(),
            Choices.parse(OversizePolicy.class, oversize.getStringValue(), OVERSIZE),
            Choices.parse(DisorderPolicy.class, disorder.getStringValue(), DISORDER),
            Choices.parse(SiteFeatures.MissingValuePolicy.class, missingValues.getStringValue(), MISSING_VALUES));
    }
}
