package org.example.dim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.example.dim.engine.dataset.FeaturizedDatasetReader;
import org.example.dim.engine.crystal.Structure;
import org.example.dim.engine.dim.CrystalSource;
import org.example.dim.engine.falsesample.FalseSampleGenerator;
import org.example.dim.engine.falsesample.GeneratedInput;
import org.example.dim.engine.falsesample.GeneratedInputs;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.FeaturizedCrystal;
import org.example.dim.engine.sitenet.SiteNetFeaturizer;
import org.example.dim.engine.sitenet.SiteNetInput;

/**
 * The crystals a model command works on: a featurised dataset file, or CIF inputs featurised now;
 * with every input row kept (failed ones too) so that outputs can name them.
 */
record ModelInputs(CrystalSource crystals, List<FeaturizedCrystal> rows, FeaturizationSettings settings,
        AutoCloseable resource) implements AutoCloseable {

    static ModelInputs open(List<Path> inputs, FeaturizationOptions options, FeaturizationSettings settings)
            throws IOException {
        return open(inputs, options, settings, null, 0);
    }

    /**
     * As {@link #open(List, FeaturizationOptions, FeaturizationSettings)}, with the samples {@code generator}
     * makes of every crystal (crystal i with seed + i), featurised alike; none when it is null.
     */
    static ModelInputs open(List<Path> inputs, FeaturizationOptions options, FeaturizationSettings settings,
            FalseSampleGenerator generator, long seed) throws IOException {
        if (FeaturizationOptions.isDatasetFile(inputs)) {
            if (generator != null) {
                throw new IllegalArgumentException(inputs.get(0) + " is a featurised dataset: generated samples"
                        + " are made from structures, so give the CIF or JSON-lines inputs instead");
            }
            FeaturizedDatasetReader reader = FeaturizedDatasetReader.open(inputs.get(0));
            return new ModelInputs(CrystalSource.of(reader), null,
                    FeaturizationSettings.fromDescription(reader.settings()), reader);
        }
        List<FeaturizedCrystal> rows = new ArrayList<>();
        List<SiteNetInput> ok = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Structure> structures = new ArrayList<>();
        options.featurizeRows(inputs, settings, row -> {
            rows.add(row.featurized());
            if (row.featurized().ok()) {
                ok.add(row.featurized().input());
                if (generator != null) {
                    sources.add(row.record().block());
                    structures.add(row.record().structure());
                }
            }
        });
        long failed = rows.size() - ok.size();
        if (failed > 0) {
            System.err.printf("%d of %d crystals could not be featurised and are left out (see dim supercell)%n",
                    failed, rows.size());
        }
        CrystalSource crystals = CrystalSource.of(ok);
        if (generator != null) {
            Map<Integer, List<GeneratedInput>> generated = new HashMap<>();
            try (Progress progress = new Progress(System.err, "generate", structures.size())) {
                GeneratedInputs.generateAll(generator, new SiteNetFeaturizer(settings), sources, structures, seed,
                        options.threads, samples -> {
                            generated.put(generated.size(), samples);
                            progress.step(1);
                        });
            }
            crystals = crystals.withGenerated(generated);
            System.err.printf("%d samples generated from %d crystals%n", crystals.generatedCount(), ok.size());
        }
        return new ModelInputs(crystals, rows, settings, null);
    }

    @Override
    public void close() throws Exception {
        if (resource != null) {
            resource.close();
        }
    }
}
