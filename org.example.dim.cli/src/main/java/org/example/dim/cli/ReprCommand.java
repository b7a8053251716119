package org.example.dim.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.example.dim.engine.dim.DimConfig;
import org.example.dim.engine.dim.DimModel;
import org.example.dim.engine.dim.DimModelFile;
import org.example.dim.engine.dim.HistoryRow;
import org.example.dim.engine.dim.TrainingSettings;
import org.example.dim.engine.experiment.LabelMasker;
import org.example.dim.engine.experiment.LabelTable;
import org.example.dim.engine.experiment.LabelledDataset;
import org.example.dim.engine.experiment.Regressor;
import org.example.dim.engine.experiment.RepresentationStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dim experiment repr}: DIM vs untrained embeddings vs element fractions under label masking. */
@Command(name = "repr", mixinStandardHelpOptions = true,
        description = "Representation learning (DIM paper Fig. 8): DIM embeddings, untrained embeddings and element "
                + "fractions, each with the given models, on N labels; writes DIR/results.csv and box plots.")
final class ReprCommand implements Callable<Integer> {

    @Mixin
    ExperimentOptions experiment;

    @Option(names = "--models", split = ",", defaultValue = "linear,mlp", description = "Downstream models: linear, ridge, mlp (default: ${DEFAULT-VALUE})")
    List<String> models;

    @Mixin
    FeaturizationOptions featurization;

    @Override
    public Integer call() throws Exception {
        run(experiment, read(experiment.data, experiment.labelTable, featurization), models, featurization);
        return 0;
    }

    /** Also the main job's core ({@code dim demo}). */
    static void run(ExperimentOptions e, LabelledDataset data, List<String> models, FeaturizationOptions featurization)
            throws Exception {
        Path modelFile = e.model;
        List<Regressor> regressors = models.stream().map(Regressor::named).toList();
        TrainingSettings pretraining = new TrainingSettings(e.epochs, 1200, 0.05, 0, e.seed);
        RepresentationStudy study = new RepresentationStudy(DimConfig.paperDefaults(), pretraining,
                new LabelMasker(e.testFraction, e.seed),
                e.labels, e.repeats, regressors);
        RepresentationStudy.Outcome outcome;
        java.nio.file.Files.createDirectories(e.out);
        try (ModelInputs pool = e.pretrain == null || modelFile != null ? null
                : ModelInputs.open(e.pretrain, featurization, featurization.settings());
             ConsoleProgress progress = new ConsoleProgress(System.err)) {
            if (modelFile != null) {
                try (DimModel pretrained = DimModelFile.load(DimModelFile.read(modelFile))) {
                    outcome = study.run(data, e.target, pretrained, null, null, progress);
                }
            } else {
                Path saved = e.out.resolve("dim.dim");
                outcome = study.run(data, e.target, null, pool == null ? null : pool.crystals(), (m, training) -> save(m,
                        training.describe(pretraining, m.device()), training.history(), saved, featurization), progress);
            }
        }
        if (outcome.training() != null) {
            TrainCommand.writeHistory(e.out.resolve("history.csv"), outcome.training().history());
        }
        System.err.printf("%d crystals (%d more left out: primitive cell above N, or not featurisable), %d in the test"
                + " set, label counts %s%n", data.size(),
                data.failed(), outcome.test().length, Arrays.toString(e.labels));
        ExperimentOutputs.write(e.out, outcome.results(), e.target, System.out);
        System.err.printf("results in %s%n", e.out);
    }

    static LabelledDataset read(List<Path> inputs, Path labelTable, FeaturizationOptions featurization)
            throws java.io.IOException {
        System.err.printf("reading and featurising %s%n", inputs);
        LabelledDataset data = LabelledDataset.read(inputs, featurization.settings(), featurization.threads,
                labelTable == null ? null : LabelTable.read(labelTable));
        if (data.size() == 0) {
            throw new IllegalArgumentException("no crystal of " + inputs + " could be featurised");
        }
        return data;
    }

    static void save(DimModel m, java.util.Map<String, Object> training, List<HistoryRow> history, Path file,
            FeaturizationOptions featurization) {
        try {
            DimModelFile.save(file, m, featurization.settings().describe(), training, history);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
