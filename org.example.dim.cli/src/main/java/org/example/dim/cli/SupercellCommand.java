package org.example.dim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.example.dim.engine.dataset.FeaturizedDatasetWriter;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.FeaturizedCrystal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dim supercell}: Site-Net supercells of the inputs, a table row per crystal, and the featurised dataset. */
@Command(name = "supercell", mixinStandardHelpOptions = true,
        description = "Build Site-Net supercells (primitive cell, then at most N sites) and, with --features, "
                + "write the featurised dataset that training reads.")
final class SupercellCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "CIF files, folders, .jsonl or .jsonl.gz files")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "table.csv", description = "Write the table here (default: standard output)")
    Path out;

    @Option(names = "--features", paramLabel = "FILE", description = "Write the featurised dataset (.sitenet) here")
    Path features;

    @Mixin
    FeaturizationOptions featurization;

    @Override
    public Integer call() throws IOException {
        FeaturizationSettings settings = featurization.settings();
        Map<FeaturizedCrystal.Status, Integer> counts = new EnumMap<>(FeaturizedCrystal.Status.class);
        try (SupercellTable table = SupercellTable.open(out);
             FeaturizedDatasetWriter dataset = features == null ? null
                     : FeaturizedDatasetWriter.create(features, settings.describe())) {
            try {
                write(table, dataset, settings, counts);
            } catch (RuntimeException | Error e) {
                if (dataset != null) {
                    dataset.abort(); // a dataset missing crystals must not look complete
                }
                throw e;
            }
        }
        System.err.printf("%d featurised, %d skipped, %d failed%n", counts.getOrDefault(FeaturizedCrystal.Status.OK, 0),
                counts.getOrDefault(FeaturizedCrystal.Status.SKIPPED, 0),
                counts.getOrDefault(FeaturizedCrystal.Status.FAILED, 0));
        return 0;
    }

    private void write(SupercellTable table, FeaturizedDatasetWriter dataset, FeaturizationSettings settings,
            Map<FeaturizedCrystal.Status, Integer> counts) {
        featurization.featurize(inputs, settings, f -> {
            table.write(f);
            counts.merge(f.status(), 1, Integer::sum);
            if (dataset != null && f.ok()) {
                try {
                    dataset.append(f.input());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }
}
