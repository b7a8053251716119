package org.example.dim.nodes.trainer;

import java.util.List;
import java.util.Map;
import org.example.dim.engine.dim.ComputeDevice;
import org.example.dim.engine.dim.DimConfig;
import org.example.dim.engine.dim.FineTuneSettings;
import org.example.dim.engine.dim.TrainingSettings;
import org.example.dim.engine.falsesample.FalseSampleKind;
import org.example.dim.nodes.util.Choices;
import org.example.dim.nodes.util.SettingsGroup;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the DIM Trainer: the engine's training settings and model options, the paper's by default. */
final class DimTrainerSettings extends SettingsGroup {

    static final String DEVICE = "device";
    static final String FALSE_SAMPLES = "false_samples";

    static final String ARCHITECTURE = "architecture";

    final SettingsModelString supercellColumn = new SettingsModelString("supercell_column", "");
    final SettingsModelIntegerBounded epochs = new SettingsModelIntegerBounded("epochs", 10, 0, 1_000_000);
    final SettingsModelInteger seed = new SettingsModelInteger("seed", 1);
    final SettingsModelString device = new SettingsModelString(DEVICE, ComputeDevice.AUTO.name());
    final SettingsModelString falseSamples =
        new SettingsModelString(FALSE_SAMPLES, "other,polymorph,composition,permutation");
    final SettingsModelIntegerBounded batchSites = new SettingsModelIntegerBounded("batch_sites", 1200, 1, 1_000_000);
    final SettingsModelDoubleBounded validationFraction =
        new SettingsModelDoubleBounded("validation_fraction", 0.05, 0, 0.95);
    final SettingsModelIntegerBounded patience = new SettingsModelIntegerBounded("patience", 0, 0, 1_000_000);
    final SettingsModelDoubleBounded learningRate = new SettingsModelDoubleBounded("learning_rate", 1e-4, 1e-9, 1);
    /** Empty: self-supervised DIM training; a numeric column: supervised fine-tuning on it. */
    final SettingsModelString labelColumn = new SettingsModelString("label_column", "");

    /** Changes to the paper's model, name=value pairs as {@link DimConfig#withArchitecture}; empty: none. */
    final SettingsModelString architecture = new SettingsModelString(ARCHITECTURE, "");

    @Override
    public List<SettingsModel> models() {
        return List.of(supercellColumn, epochs, seed, device, falseSamples, batchSites, validationFraction, patience,
            learningRate, labelColumn, architecture);
    }

    @Override
    public Map<String, SettingsModel> addedLater() {
        return Map.of(ARCHITECTURE, architecture);
    }

    @Override
    protected SettingsGroup fresh() {
        return new DimTrainerSettings();
    }

    @Override
    protected void check() throws InvalidSettingsException {
        device();
        config();
    }

    ComputeDevice device() throws InvalidSettingsException {
        return Choices.parse(ComputeDevice.class, device.getStringValue(), DEVICE);
    }

    DimConfig config() throws InvalidSettingsException {
        DimConfig model;
        try {
            model = DimConfig.paperDefaults().withArchitecture(architecture.getStringValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Setting '" + ARCHITECTURE + "': " + e.getMessage(), e);
        }
        try {
            return model.withFalseSamples(FalseSampleKind.parseList(falseSamples.getStringValue()))
                .withLearningRate(learningRate.getDoubleValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Setting '" + FALSE_SAMPLES + "': " + e.getMessage(), e);
        }
    }

    /** The label column of supervised fine-tuning, or null for self-supervised training. */
    String label() {
        String name = labelColumn.getStringValue();
        return name == null || name.isBlank() ? null : name;
    }

    FineTuneSettings fineTuning() {
        return new FineTuneSettings(epochs.getIntValue(), batchSites.getIntValue(), validationFraction.getDoubleValue(),
            patience.getIntValue(), seed.getIntValue());
    }

    TrainingSettings training() {
        return new TrainingSettings(epochs.getIntValue(), batchSites.getIntValue(),
            validationFraction.getDoubleValue(), patience.getIntValue(), seed.getIntValue());
    }
}
