package org.example.dim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.example.dim.engine.cif.CifReader;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.crystal.DisorderPolicy;
import org.example.dim.engine.dataset.FeaturizedDatasetWriter;
import org.example.dim.engine.io.CifSource;
import org.example.dim.engine.io.CifSources;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.FeaturizedCrystal;
import org.example.dim.engine.sitenet.OversizePolicy;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.example.dim.engine.sitenet.SiteNetFeaturizer;
import org.example.dim.engine.util.OrderedParallel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dim supercell}: Site-Net supercells of the inputs, a table row per crystal, and the featurised dataset. */
@Command(name = "supercell", mixinStandardHelpOptions = true,
        description = "Build Site-Net supercells (primitive cell, then at most N sites) and, with --features, "
                + "write the featurised dataset that training reads.")
final class SupercellCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "CIF files, folders, .jsonl or .jsonl.gz files")
    List<Path> inputs;

    @Option(names = "--size", description = "Supercell size N, the most sites (default: ${DEFAULT-VALUE})")
    int size = 50;

    @Option(names = "--out", paramLabel = "table.csv", description = "Write the table here (default: standard output)")
    Path out;

    @Option(names = "--features", paramLabel = "FILE", description = "Write the featurised dataset (.sitenet) here")
    Path features;

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

    @Override
    public Integer call() throws IOException {
        FeaturizationSettings settings = new FeaturizationSettings(size, !noPrimitive, primitiveTolerance, oversize,
                disorder, missingValues);
        SiteNetFeaturizer featurizer = new SiteNetFeaturizer(settings);
        CifReader reader = new CifReader();
        Map<FeaturizedCrystal.Status, Integer> counts = new EnumMap<>(FeaturizedCrystal.Status.class);
        try (SupercellTable table = SupercellTable.open(out);
             FeaturizedDatasetWriter dataset = features == null ? null
                     : FeaturizedDatasetWriter.create(features, settings.describe());
             Stream<CifSource> sources = CifSources.open(inputs);
             Progress progress = new Progress(System.err, "supercell", -1)) {
            OrderedParallel.map(sources.iterator(), source -> {
                List<FeaturizedCrystal> rows = new ArrayList<>();
                for (CrystalRecord r : reader.read(source)) {
                    rows.add(featurizer.featurize(r));
                }
                return rows;
            }, threads, 512, rows -> {
                for (FeaturizedCrystal f : rows) {
                    table.write(f);
                    counts.merge(f.status(), 1, Integer::sum);
                    if (dataset != null && f.ok()) {
                        try {
                            dataset.append(f.input());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
                progress.step(rows.size());
            });
        }
        System.err.printf("%d featurised, %d skipped, %d failed%n", counts.getOrDefault(FeaturizedCrystal.Status.OK, 0),
                counts.getOrDefault(FeaturizedCrystal.Status.SKIPPED, 0),
                counts.getOrDefault(FeaturizedCrystal.Status.FAILED, 0));
        return 0;
    }
}
