package org.example.dim.engine.dim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.example.dim.engine.dataset.FeaturizedDatasetReader;
import org.example.dim.engine.falsesample.GeneratedInput;
import org.example.dim.engine.sitenet.SiteNetInput;

/**
 * Featurised crystals by index, from memory or from a dataset file read on demand, with the samples
 * generated from each (none unless given with {@link #withGenerated}).
 */
public interface CrystalSource {

    int size();

    SiteNetInput get(int i);

    /** The id of crystal i; a source on a file reads only that, not the crystal's arrays. */
    default String id(int i) {
        return get(i).id();
    }

    /** P of every crystal, to plan batches without reading them. */
    int[] primitiveSiteCounts();

    /** The false and adjunctive true samples generated from crystal i. */
    default List<GeneratedInput> generated(int i) {
        return List.of();
    }

    /** How many generated samples all crystals have together. */
    default long generatedCount() {
        long n = 0;
        for (int i = 0; i < size(); i++) {
            n += generated(i).size();
        }
        return n;
    }

    /**
     * These crystals with generated samples: {@code generated.get(i)} were made from crystal i (an absent
     * index has none).
     */
    default CrystalSource withGenerated(Map<Integer, List<GeneratedInput>> generated) {
        CrystalSource parent = this;
        for (int i : generated.keySet()) {
            if (i < 0 || i >= size()) {
                throw new IllegalArgumentException("generated samples of crystal " + i + " of " + size());
            }
        }
        Map<Integer, List<GeneratedInput>> copy = Map.copyOf(generated);
        return new CrystalSource() {
            @Override
            public int size() {
                return parent.size();
            }

            @Override
            public SiteNetInput get(int i) {
                return parent.get(i);
            }

            @Override
            public String id(int i) {
                return parent.id(i);
            }

            @Override
            public int[] primitiveSiteCounts() {
                return parent.primitiveSiteCounts();
            }

            @Override
            public List<GeneratedInput> generated(int i) {
                return copy.getOrDefault(i, List.of());
            }
        };
    }

    static CrystalSource of(List<SiteNetInput> crystals) {
        return new CrystalSource() {
            @Override
            public int size() {
                return crystals.size();
            }

            @Override
            public SiteNetInput get(int i) {
                return crystals.get(i);
            }

            @Override
            public int[] primitiveSiteCounts() {
                return crystals.stream().mapToInt(SiteNetInput::primitiveSites).toArray();
            }
        };
    }

    static CrystalSource of(FeaturizedDatasetReader reader) {
        return new CrystalSource() {
            @Override
            public int size() {
                return reader.size();
            }

            @Override
            public SiteNetInput get(int i) {
                try {
                    return reader.get(i);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String id(int i) {
                try {
                    return reader.id(i);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public int[] primitiveSiteCounts() {
                return reader.primitiveSiteCounts();
            }
        };
    }

    /** The crystals at the given indices of this source. */
    default CrystalSource subset(int[] indices) {
        CrystalSource parent = this;
        int[] all = parent.primitiveSiteCounts();
        return new CrystalSource() {
            @Override
            public int size() {
                return indices.length;
            }

            @Override
            public SiteNetInput get(int i) {
                return parent.get(indices[i]);
            }

            @Override
            public String id(int i) {
                return parent.id(indices[i]);
            }

            @Override
            public List<GeneratedInput> generated(int i) {
                return parent.generated(indices[i]);
            }

            @Override
            public int[] primitiveSiteCounts() {
                int[] p = new int[indices.length];
                for (int i = 0; i < p.length; i++) {
                    p[i] = all[indices[i]];
                }
                return p;
            }
        };
    }
}
