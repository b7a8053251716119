package org.example.dim.nodes.falsesampler;

import java.util.List;
import java.util.Set;
import org.example.dim.engine.falsesample.FalseSampleKind;
import org.example.dim.engine.falsesample.GeneratedKind;
import org.example.dim.engine.falsesample.GeneratorOptions;
import org.example.dim.nodes.util.SettingsGroup;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the False Sampler: the engine's generator options and a seed. */
final class FalseSamplerSettings extends SettingsGroup {

    private static final GeneratorOptions DEFAULTS = GeneratorOptions.defaults();

    static final String KINDS = "kinds";

    final SettingsModelString crystalColumn = new SettingsModelString("crystal_column", "");
    final SettingsModelString kinds =
        new SettingsModelString(KINDS, "vacancy,similar,dissimilar,interstitial,thermal");
    final SettingsModelIntegerBounded perKind =
        new SettingsModelIntegerBounded("samples_per_kind", DEFAULTS.perKind(), 1, 1000);
    final SettingsModelDoubleBounded thermalSigma =
        new SettingsModelDoubleBounded("thermal_sigma", DEFAULTS.thermalSigma(), 1e-6, 10);
    final SettingsModelIntegerBounded interstitialTrials =
        new SettingsModelIntegerBounded("interstitial_trials", DEFAULTS.interstitialTrials(), 1, 1_000_000);
    final SettingsModelInteger seed = new SettingsModelInteger("seed", 1);
    /** The in-batch kinds of training, carried to the DIM Trainer with the table. */
    final SettingsModelString inBatchKinds =
        new SettingsModelString(IN_BATCH_KINDS, "other,polymorph,composition,permutation");

    static final String IN_BATCH_KINDS = "in_batch_kinds";

    @Override
    public List<SettingsModel> models() {
        return List.of(crystalColumn, kinds, perKind, thermalSigma, interstitialTrials, seed, inBatchKinds);
    }

    @Override
    protected SettingsGroup fresh() {
        return new FalseSamplerSettings();
    }

    @Override
    protected void check() throws InvalidSettingsException {
        options();
        inBatch();
    }

    Set<FalseSampleKind> inBatch() throws InvalidSettingsException {
        try {
            return FalseSampleKind.parseList(inBatchKinds.getStringValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Setting '" + IN_BATCH_KINDS + "': " + e.getMessage(), e);
        }
    }

    GeneratorOptions options() throws InvalidSettingsException {
        try {
            return new GeneratorOptions(GeneratedKind.parseList(kinds.getStringValue()), perKind.getIntValue(),
                thermalSigma.getDoubleValue(), interstitialTrials.getIntValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Setting '" + KINDS + "': " + e.getMessage(), e);
        }
    }
}
