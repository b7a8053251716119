package org.example.dim.engine.dim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Crystal embeddings from a model (trained, or untrained: the paper's essential baseline), in the
 * order of the source, batched by unique sites so that memory stays bounded.
 */
public final class DimEmbedder {

    private final DimModel model;
    private final int batchSites;

    public DimEmbedder(DimModel model, int batchSites) {
        this.model = model;
        this.batchSites = batchSites;
    }

    /** One row per crystal: G (globalDim values), or with {@code localMean} the mean local representation. */
    public float[][] embed(CrystalSource crystals, boolean localMean, TrainingProgress progress) {
        int n = crystals.size();
        int width = localMean ? model.config().localDim() : model.config().globalDim();
        float[][] out = new float[n][];
        int[] p = crystals.primitiveSiteCounts();
        int start = 0;
        while (start < n) {
            if (progress.cancelled()) {
                throw new CancellationException("embedding cancelled after " + start + " crystals");
            }
            int end = start;
            int sites = 0;
            while (end < n && (end == start || sites + p[end] <= batchSites)) {
                sites += p[end++];
            }
            int[] members = new int[end - start];
            for (int i = 0; i < members.length; i++) {
                members[i] = start + i;
            }
            var batch = DimTrainer.pack(crystals, members);
            float[] values = localMean ? model.embedLocalMean(batch) : model.embed(batch);
            for (int i = 0; i < members.length; i++) {
                float[] row = new float[width];
                System.arraycopy(values, i * width, row, 0, width);
                out[start + i] = row;
            }
            start = end;
            progress.report((double) start / n, "embedded " + start + " of " + n + " crystals");
        }
        return out;
    }

    /** Column names of the embedding: z0..z63 (or l0..l31 for local means). */
    public static List<String> columns(int width, boolean localMean) {
        List<String> names = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            names.add((localMean ? "l" : "z") + i);
        }
        return names;
    }
}
