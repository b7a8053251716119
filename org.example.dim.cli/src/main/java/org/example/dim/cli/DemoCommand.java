package org.example.dim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.example.dim.engine.experiment.LabelledDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dim demo}, the main job: on the bundled 3,000 mp37k crystals, read → supercells → DIM
 * pre-training (without labels, test crystals left out) → embeddings of the trained and an untrained
 * model → label masking → regression, then the feature-importance heatmaps of the element fractions
 * and of the DIM embeddings. {@code --large} runs the paper-sized version.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "The main job on the bundled dataset: DIM pre-training, embeddings, few-label regression "
                + "(median test MAE table, box plots) and feature-importance heatmaps, in DIR.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data", split = ",", paramLabel = "INPUT", description = "Labelled crystals (default: the bundled data/demo/mp37k_demo3000.jsonl.gz)")
    List<Path> data;

    @Option(names = "--out", defaultValue = "demo-out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--large", description = "25 repeats and 40 pre-training epochs instead of 5 and 6")
    boolean large;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of every random choice (default: ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    FeaturizationOptions featurization;

    @Override
    public Integer call() throws Exception {
        ExperimentOptions e = new ExperimentOptions();
        e.data = data != null ? data
                : List.of(Path.of(System.getProperty("dim.home", ".")).resolve("data/demo/mp37k_demo3000.jsonl.gz"));
        e.target = "formation_energy_per_atom";
        e.labels = new int[] {50, 100, 250, 1000};
        e.repeats = large ? 25 : 5;
        e.epochs = large ? 40 : 6;
        e.testFraction = 0.2;
        e.seed = seed;
        e.out = out;
        long start = System.nanoTime();
        LabelledDataset dataset = ReprCommand.read(e.data, null, featurization);
        ReprCommand.run(e, dataset, List.of("linear", "mlp"), featurization);
        List<String> properties = List.of(ImportanceCommand.DEFAULT_PROPERTIES.split(","));
        ImportanceCommand.run(dataset, "composition", null, properties, "linear", 5, out.resolve("importance-composition"));
        ImportanceCommand.run(dataset, "dim", out.resolve("dim.dim"), properties, "linear", 5,
                out.resolve("importance-dim"));
        System.err.printf("demo done in %.1f min: %s%n", (System.nanoTime() - start) / 6e10, out.toAbsolutePath());
        return 0;
    }
}
