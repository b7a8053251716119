package org.example.dim.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.example.dim.engine.dim.ComputeDevice;
import org.example.dim.engine.dim.DimConfig;
import org.example.dim.engine.dim.DimModel;
import org.example.dim.engine.dim.DimModelFile;
import org.example.dim.engine.dim.DimTrainer;
import org.example.dim.engine.dim.HistoryRow;
import org.example.dim.engine.dim.Nd4jDimModel;
import org.example.dim.engine.dim.TrainingSettings;
import org.example.dim.engine.falsesample.FalseSampleGenerator;
import org.example.dim.engine.falsesample.FalseSampleKind;
import org.example.dim.engine.falsesample.GeneratedKind;
import org.example.dim.engine.falsesample.GeneratorOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dim train}: self-supervised Deep InfoMax pre-training of a Site-Net encoder. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Pre-train a Site-Net encoder with local and global Deep InfoMax; no labels needed.")
final class TrainCommand implements Callable<Integer> {

    static final String[] HISTORY_COLUMNS = {"epoch", "split", "local_dim", "local_kl", "global_dim", "global_kl"};

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "CIF files, folders, .jsonl(.gz) files, or one .sitenet file")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "model.dim", description = "Where to write the model")
    Path out;

    @Option(names = "--epochs", description = "Passes over the training crystals (default: ${DEFAULT-VALUE})")
    int epochs = 10;

    @Option(names = "--seed", description = "Seed of weights, split, batches, false samples and noise (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--device", description = "cpu, gpu or auto (default: ${DEFAULT-VALUE}); the backend is chosen by the build (-Pcuda)")
    ComputeDevice device = ComputeDevice.AUTO;

    @Option(names = "--false-samples", paramLabel = "KINDS", description = "Comma list of other,polymorph,composition,permutation (default: all; other is always used)")
    String falseSamples = "other,polymorph,composition,permutation";

    @Option(names = "--generate", paramLabel = "KINDS", description = "Also train on samples generated from every"
            + " crystal before training, scored against it by the global objective: comma list of vacancy, similar,"
            + " dissimilar, interstitial (false samples) and thermal (adjunctive true samples); default: none")
    String generate;

    @Option(names = "--generate-per-kind", description = "Generated samples per kind and crystal (default: ${DEFAULT-VALUE})")
    int generatePerKind = 1;

    @Option(names = "--history", paramLabel = "history.csv", description = "Write the loss history here")
    Path history;

    @Option(names = "--batch-sites", description = "Most unique sites per batch (default: ${DEFAULT-VALUE})")
    int batchSites = 1200;

    @Option(names = "--validation", description = "Share held out for validation (default: ${DEFAULT-VALUE})")
    double validation = 0.05;

    @Option(names = "--patience", description = "Stop after this many epochs without better validation loss; 0 never (default: ${DEFAULT-VALUE})")
    int patience = 0;

    @Option(names = "--learning-rate", description = "AdamW learning rate (default: ${DEFAULT-VALUE})")
    double learningRate = 1e-4;

    @Option(names = "--architecture", paramLabel = "NAME=VALUE,...", description = "Change the paper's model:"
            + " site_dim, interaction_dim, attention_hidden, local_dim, global_dim, dot_hidden, dot_space, pre_pool_dim"
            + " (sizes), local_activation, global_activation (relu or mish), dim_weight, kl_weight (alpha, beta),"
            + " e.g. local_activation=mish,local_dim=16")
    String architecture;

    @Option(names = "--checkpoint", paramLabel = "run.dimckpt", description = "Write a checkpoint here after every epoch; with --resume, continue the run it holds")
    Path checkpoint;

    @Option(names = "--resume", description = "Continue the run in --checkpoint (same inputs and settings; --epochs may be raised)")
    boolean resume;

    @Mixin
    FeaturizationOptions featurization;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (resume && checkpoint == null) {
            throw new ParameterException(spec.commandLine(), "--resume needs --checkpoint FILE");
        }
        DimConfig config = architecture(spec, architecture).withFalseSamples(FalseSampleKind.parseList(falseSamples))
                .withLearningRate(learningRate);
        TrainingSettings settings = new TrainingSettings(epochs, batchSites, validation, patience, seed);
        FalseSampleGenerator generator = generate == null ? null : new FalseSampleGenerator(new GeneratorOptions(
                GeneratedKind.parseList(generate), generatePerKind, GeneratorOptions.DEFAULT_THERMAL_SIGMA,
                GeneratorOptions.DEFAULT_INTERSTITIAL_TRIALS));
        try (ModelInputs in = ModelInputs.open(inputs, featurization, featurization.settings(), generator, seed);
             DimModel model = new Nd4jDimModel(config, seed)) {
            device.require();
            System.err.printf("training on %s: %d crystals, %d epochs, seed %d%n", model.device(), in.crystals().size(),
                    epochs, seed);
            DimTrainer trainer = checkpoint == null ? new DimTrainer(settings)
                    : new DimTrainer(settings).checkpointingTo(checkpoint);
            DimTrainer.Result result;
            try (ConsoleProgress progress = new ConsoleProgress(System.err)) {
                result = resume ? trainer.resume(model, in.crystals(), checkpoint, progress)
                        : trainer.train(model, in.crystals(), progress);
            }
            Map<String, Object> training = result.describe(settings, model.device());
            if (generator != null) {
                training.put("generated_kinds", generator.options().kinds().stream().map(GeneratedKind::label).toList());
                training.put("generated_per_kind", generatePerKind);
            }
            DimModelFile.save(out, model, in.settings().describe(), training, result.history());
            if (history != null) {
                writeHistory(history, result.history());
            }
            System.err.printf("model written to %s%n", out);
        }
        return 0;
    }

    /** The paper's model with the changes of an {@code --architecture} option; a usage error if not understood. */
    static DimConfig architecture(CommandSpec spec, String pairs) {
        try {
            return DimConfig.paperDefaults().withArchitecture(pairs);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--architecture: " + e.getMessage());
        }
    }

    static void writeHistory(Path file, List<HistoryRow> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file);
             CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(HISTORY_COLUMNS).setRecordSeparator('\n').build()
                     .print(w)) {
            for (HistoryRow r : rows) {
                p.printRecord(r.epoch(), r.split(), r.losses().localDim(), r.losses().localKl(), r.losses().globalDim(),
                        r.losses().globalKl());
            }
        }
    }
}
