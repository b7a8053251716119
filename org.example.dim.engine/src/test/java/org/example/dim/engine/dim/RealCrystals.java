package org.example.dim.engine.dim;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.example.dim.engine.cif.CifReader;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.io.CifSource;
import org.example.dim.engine.io.CifSources;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.FeaturizedCrystal;
import org.example.dim.engine.sitenet.SiteNetFeaturizer;
import org.example.dim.engine.sitenet.SiteNetInput;

/** Featurised Materials Project crystals from the test resources (N = 50), loaded once. */
final class RealCrystals {

    private static List<SiteNetInput> all;
    private static List<CrystalRecord> records;

    private RealCrystals() {
    }

    static synchronized List<SiteNetInput> first(int n) {
        if (all == null) {
            all = load();
        }
        return all.subList(0, Math.min(n, all.size()));
    }

    /** The records behind {@link #first}: the structures that featurise, in the same order. */
    static synchronized List<CrystalRecord> records(int n) {
        if (records == null) {
            all = load();
        }
        return records.subList(0, Math.min(n, records.size()));
    }

    private static List<SiteNetInput> load() {
        try {
            Path file = Path.of(RealCrystals.class.getClassLoader()
                    .getResource("sitenet/mp37k_reference_structures.jsonl.gz").toURI());
            CifReader reader = new CifReader();
            SiteNetFeaturizer featurizer = new SiteNetFeaturizer(FeaturizationSettings.deepInfoMaxDefaults());
            List<SiteNetInput> out = new ArrayList<>();
            List<CrystalRecord> kept = new ArrayList<>();
            try (Stream<CifSource> sources = CifSources.open(List.of(file))) {
                sources.forEach(s -> {
                    for (CrystalRecord r : reader.read(s)) {
                        FeaturizedCrystal f = featurizer.featurize(r);
                        if (f.ok()) {
                            out.add(f.input());
                            kept.add(r);
                        }
                    }
                });
            }
            records = kept;
            return out;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
