package org.example.dim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.example.dim.engine.crystal.DisorderPolicy;
import org.example.dim.engine.sitenet.FeaturizationRun;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.FeaturizedCrystal;
import org.example.dim.engine.sitenet.OversizePolicy;
import org.example.dim.engine.sitenet.SiteFeatures;
import picocli.CommandLine.Option;

/** The featurisation options of every command that turns CIFs into Site-Net input, and the loop that does it. */
final class FeaturizationOptions {

    @Option(names = "--size", description = "Supercell size N, the most sites (default: ${DEFAULT-VALUE})")
    int size = 50;

    @Option(names = "--no-primitive", description = "Keep the cells as given instead of reducing to the primitive cell")
    boolean noPrimitive;

    @Option(names = "--primitive-tolerance", description = "Site tolerance of the primitive-cell search in Å (default: ${DEFAULT-VALUE})")
    double primitiveTolerance = 0.5;

    @Option(names = "--oversize", description = "Primitive cells above N sites: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    OversizePolicy oversize = OversizePolicy.SKIP;

    @Option(names = "--disorder", description = "Disordered sites: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    DisorderPolicy disorder = DisorderPolicy.MAJORITY;

    @Option(names = "--missing-values", description = "Elements lacking a feature value: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    SiteFeatures.MissingValuePolicy missingValues = SiteFeatures.MissingValuePolicy.FAIL;

    @Option(names = "--threads", description = "Worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    FeaturizationSettings settings() {
        return new FeaturizationSettings(size, !noPrimitive, primitiveTolerance, oversize, disorder, missingValues);
    }

    /** Reads and featurises every block of the inputs in input order, handing each row to {@code each}. */
    void featurize(List<Path> inputs, FeaturizationSettings settings, Consumer<FeaturizedCrystal> each) {
        featurizeRows(inputs, settings, row -> each.accept(row.featurized()));
    }

    /** As {@link #featurize}, with each block's record (its structure) next to its Site-Net input. */
    void featurizeRows(List<Path> inputs, FeaturizationSettings settings, Consumer<FeaturizationRun.Row> each) {
        try (Progress progress = new Progress(System.err, "featurize", -1)) {
            FeaturizationRun.run(inputs, settings, threads, row -> {
                each.accept(row);
                progress.step(1);
            });
        }
    }

    /** Whether the inputs are one featurised dataset file rather than CIFs. */
    static boolean isDatasetFile(List<Path> inputs) {
        return inputs.size() == 1 && inputs.get(0).getFileName().toString().endsWith(".sitenet");
    }
}
