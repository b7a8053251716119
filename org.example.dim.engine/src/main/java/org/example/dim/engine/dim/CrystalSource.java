package org.example.dim.engine.dim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.example.dim.engine.dataset.FeaturizedDatasetReader;
import org.example.dim.engine.sitenet.SiteNetInput;

/** Featurised crystals by index, from memory or from a dataset file read on demand. */
public interface CrystalSource {

    int size();

    SiteNetInput get(int i);

    /** P of every crystal, to plan batches without reading them. */
    int[] primitiveSiteCounts();

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
