package org.example.dim.nodes.trainer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.example.dim.engine.dim.ComputeDevice;
import org.example.dim.engine.dim.CrystalSource;
import org.example.dim.engine.dim.DimConfig;
import org.example.dim.engine.dim.DimModel;
import org.example.dim.engine.dim.DimModelFile;
import org.example.dim.engine.dim.DimTrainer;
import org.example.dim.engine.dim.FineTuneSettings;
import org.example.dim.engine.dim.FineTuner;
import org.example.dim.engine.dim.HistoryRow;
import org.example.dim.engine.dim.Nd4jDimModel;
import org.example.dim.engine.dim.SiteNetRegressor;
import org.example.dim.engine.dim.TrainingSettings;
import org.example.dim.engine.falsesample.GeneratedInput;
import org.example.dim.engine.falsesample.GeneratedInputs;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.SiteNetFeaturizer;
import org.example.dim.engine.sitenet.SiteNetInput;
import org.example.dim.nodes.types.DimModelBytes;
import org.example.dim.nodes.types.DimModelPortObject;
import org.example.dim.nodes.types.DimModelPortObjectSpec;
import org.example.dim.nodes.types.CrystalValue;
import org.example.dim.nodes.types.SupercellValue;
import org.example.dim.nodes.util.Columns;
import org.example.dim.nodes.util.ExecutionProgress;
import org.example.dim.nodes.util.Nd4jSetup;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/** One execution of the DIM Trainer: supercells in, the engine's trainer run, a model file and its history out. */
final class DimTrainerJob {

    static final DataTableSpec HISTORY = Columns.spec(
        new String[] {"epoch", "split", "local_dim", "local_kl", "global_dim", "global_kl"},
        new DataType[] {IntCell.TYPE, StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE,
            DoubleCell.TYPE});

    private final DimConfig config;

    /** The node's learning rate: fine-tuning uses it even from a connected model, whose rate was for DIM training. */
    private final double learningRate;

    private final TrainingSettings training;

    private final ComputeDevice device;

    private final List<SiteNetInput> crystals = new ArrayList<>();

    /** Where each training crystal's row is, by row key: generated samples name their source row. */
    private final Map<String, Integer> rowOfKey = new HashMap<>();

    private final Map<Integer, List<GeneratedInput>> generated = new HashMap<>();

    private long generatedSkipped;

    private final List<SiteNetInput> validation = new ArrayList<>();

    /** The label column of fine-tuning, or −1 for self-supervised training; labels per collected crystal. */
    private int labelColumn = -1;

    private final List<Double> labels = new ArrayList<>();

    private final List<Double> validationLabels = new ArrayList<>();

    private List<FineTuner.Epoch> fineTuningHistory = List.of();

    private FeaturizationSettings featurization;

    private DimModelPortObject model;

    private final List<DataRow> history = new ArrayList<>();

    private List<HistoryRow> historyRows = List.of();

    /** The model training starts from; null to start from seeded random weights. */
    private final DimModelFile.Contents start;

    DimTrainerJob(final DimConfig config, final TrainingSettings training, final ComputeDevice device) {
        this(config, training, device, null);
    }

    /** A job that goes on training {@code start} (its architecture and weights) on the crystals it collects. */
    DimTrainerJob(final DimConfig config, final TrainingSettings training, final ComputeDevice device,
        final DimModelFile.Contents start) {
        this.config = start == null ? config : start.config();
        this.learningRate = config.learningRate();
        this.training = training;
        this.device = device;
        this.start = start;
        this.featurization = start == null ? null : FeaturizationSettings.fromDescription(start.featurization());
    }

    /** The history of fine-tuning: one row per epoch. */
    static final DataTableSpec FINE_TUNING_HISTORY = Columns.spec(
        new String[] {"epoch", "train_mse_standardised", "validation_mae"},
        new DataType[] {IntCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE});

    /** Fine-tune on the labels of this column (of the training and validation tables) instead of DIM training. */
    void fineTuneOn(final int column) {
        labelColumn = column;
    }

    /** The spec of the model this job makes, known before training. */
    static DimModelPortObjectSpec spec(final DimConfig config, final TrainingSettings training,
        final boolean continued) {
        return DimModelPortObjectSpec.of(config, (continued ? "continued for " : "") + training.epochs()
            + " epochs, seed " + training.seed());
    }

    /** Takes the supercells of a table; all must be featurised alike, since the model records one featurisation. */
    void collect(final Iterable<DataRow> rows, final int column) {
        collectInto(crystals, labels, rows, column, labelColumn, "");
        if (crystals.size() < 2) {
            throw new IllegalArgumentException("Training needs at least 2 supercells, the input has "
                + crystals.size());
        }
    }

    /**
     * Takes the validation supercells, featurised as the training ones; validation is then this set, whole. With
     * fine-tuning, their labels are in {@code labelColumn} of that table.
     */
    void collectValidation(final Iterable<DataRow> rows, final int column, final int validationLabelColumn) {
        collectInto(validation, validationLabels, rows, column, validationLabelColumn, "validation ");
        if (validation.size() < 2) {
            throw new IllegalArgumentException("Validation needs at least 2 supercells, the validation input has "
                + validation.size());
        }
    }

    private void collectInto(final List<SiteNetInput> into, final List<Double> labelsInto,
        final Iterable<DataRow> rows, final int column, final int labelIndex, final String which) {
        for (DataRow row : rows) {
            DataCell cell = row.getCell(column);
            if (cell.isMissing()) {
                continue; // a crystal the Supercell Builder skipped or failed; its row says why
            }
            SupercellValue v = (SupercellValue)cell;
            if (featurization == null) {
                featurization = v.getSettings();
            } else if (!featurization.equals(v.getSettings())) {
                throw new IllegalArgumentException(which + Columns.name(row.getKey()) + " was featurised with "
                    + v.getSettings()
                    + (start == null ? ", other rows with " : ", the model to continue with ") + featurization
                    + "; train on supercells of one Supercell Builder with the model's settings");
            }
            if (into == crystals) {
                rowOfKey.put(row.getKey().getString(), crystals.size());
            }
            into.add(v.getInput());
            if (labelIndex >= 0) {
                DataCell label = row.getCell(labelIndex);
                labelsInto.add(label.isMissing() ? Double.NaN : ((DoubleValue)label).getDoubleValue());
            }
        }
    }

    /**
     * Takes generated samples (the False Sampler's table: source row, true-sample flag, crystal), featurised as
     * the training supercells. A sample whose source row is not a training row, or that cannot be featurised,
     * is left out and counted.
     */
    void collectGenerated(final Iterable<DataRow> rows, final int sourceColumn, final int trueColumn,
        final int crystalColumn) {
        SiteNetFeaturizer featurizer = new SiteNetFeaturizer(featurization);
        for (DataRow row : rows) {
            DataCell source = row.getCell(sourceColumn);
            DataCell crystal = row.getCell(crystalColumn);
            DataCell flag = row.getCell(trueColumn);
            Integer owner = source.isMissing() ? null : rowOfKey.get(((StringValue)source).getStringValue());
            Optional<GeneratedInput> input = owner == null || crystal.isMissing() || flag.isMissing()
                ? Optional.empty() : GeneratedInputs.featurize(featurizer, ((CrystalValue)crystal).getCrystal(),
                    ((BooleanValue)flag).getBooleanValue());
            if (input.isEmpty()) {
                generatedSkipped++;
                continue;
            }
            generated.computeIfAbsent(owner, k -> new ArrayList<>()).add(input.get());
        }
    }

    /** Generated samples left out: no training row of that name, a missing cell, or not featurisable. */
    long generatedSkipped() {
        return generatedSkipped;
    }

    void train(final ExecutionMonitor exec) throws CanceledExecutionException, IOException {
        Nd4jSetup.ensure();
        try (DimModel net = start == null ? new Nd4jDimModel(config, training.seed()) : DimModelFile.load(start)) {
            device.require();
            CrystalSource train = CrystalSource.of(crystals).withGenerated(generated);
            DimTrainer trainer = new DimTrainer(training);
            ExecutionProgress progress = new ExecutionProgress(exec);
            DimTrainer.Result result = ExecutionProgress.run(() -> validation.isEmpty()
                ? trainer.train(net, train, progress)
                : trainer.train(net, train, CrystalSource.of(validation), progress));
            byte[] file = DimModelBytes.of(net, featurization.describe(), result.describe(training, net.device()),
                result.history());
            model = new DimModelPortObject(file, spec(config, training, start != null));
            historyRows = result.history();
            for (HistoryRow r : result.history()) {
                history.add(new DefaultRow(RowKey.createRowKey(history.size()), new IntCell(r.epoch()),
                    new StringCell(r.split()), new DoubleCell(r.losses().localDim()),
                    new DoubleCell(r.losses().localKl()), new DoubleCell(r.losses().globalDim()),
                    new DoubleCell(r.losses().globalKl())));
            }
        }
    }

    /**
     * Supervised fine-tuning (the paper's transfer experiment): the Site-Net encoder plus a regression head, from
     * the connected DIM model's encoder or from seeded random weights, on the rows with a label. The model port
     * then holds the fine-tuned encoder (it embeds) with the head (the Embedder adds its predictions).
     */
    void fineTune(final ExecutionMonitor exec, final String label, final FineTuneSettings settings)
        throws CanceledExecutionException, IOException {
        Nd4jSetup.ensure();
        try (DimModel dim = start == null ? new Nd4jDimModel(config, settings.seed()) : DimModelFile.load(start);
                SiteNetRegressor regressor = new SiteNetRegressor(dim.config().withLearningRate(learningRate),
                    settings.seed())) {
            device.require();
            if (start != null) {
                regressor.startFrom(dim);
            }
            FineTuner tuner = new FineTuner(settings);
            ExecutionProgress progress = new ExecutionProgress(exec);
            double[] y = labels.stream().mapToDouble(Double::doubleValue).toArray();
            FineTuner.Result result = ExecutionProgress.run(() -> validation.isEmpty()
                ? tuner.train(regressor, CrystalSource.of(crystals), y, progress)
                : tuner.train(regressor, CrystalSource.of(crystals), y, CrystalSource.of(validation),
                    validationLabels.stream().mapToDouble(Double::doubleValue).toArray(), progress));
            regressor.copyEncoderTo(dim);
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("fine_tuning_epochs", settings.epochs());
            facts.put("epochs_run", result.history().size());
            facts.put("best_epoch", result.bestEpoch());
            facts.put("best_validation_mae", result.history().get(result.bestEpoch() - 1).validationMae());
            facts.put("train_crystals", result.trainCrystals());
            facts.put("validation_crystals", result.validationCrystals());
            facts.put("learning_rate", learningRate);
            facts.put("seed", settings.seed());
            facts.put("started_from", start == null ? "random weights" : "the connected DIM model");
            facts.put("device", dim.device());
            byte[] file = DimModelFile.toBytes(dim, regressor, label, featurization.describe(), facts,
                start == null ? List.of() : start.history());
            model = new DimModelPortObject(file, fineTunedSpec(config.globalDim(), config.localDim(), label, settings));
            fineTuningHistory = result.history();
        }
    }

    /** The spec of a model fine-tuned on {@code label}. */
    static DimModelPortObjectSpec fineTunedSpec(final int globalDim, final int localDim, final String label,
        final FineTuneSettings settings) {
        return new DimModelPortObjectSpec(globalDim, localDim, "G = " + globalDim
            + ", fine-tuned on " + label + " for up to " + settings.epochs() + " epochs, seed " + settings.seed(),
            label);
    }

    /** Fine-tuning's history rows (epoch, training loss, validation MAE). */
    List<DataRow> fineTuningHistory() {
        List<DataRow> out = new ArrayList<>();
        for (FineTuner.Epoch e : fineTuningHistory) {
            out.add(new DefaultRow(RowKey.createRowKey(out.size()), new IntCell(e.epoch()),
                new DoubleCell(e.trainLoss()), new DoubleCell(e.validationMae())));
        }
        return out;
    }

    DimModelPortObject model() {
        return model;
    }

    List<DataRow> history() {
        return history;
    }

    /** The history as the engine reports it, for the loss-curve view. */
    List<HistoryRow> historyRows() {
        return historyRows;
    }
}
