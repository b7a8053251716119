package org.example.dim.engine.dim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.example.dim.engine.dataset.BatchPlan;

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
        BatchPlan plan = BatchPlan.inOrder(crystals.primitiveSiteCounts(), batchSites);
        int done = 0;
        for (int b = 0; b < plan.size(); b++) {
            if (progress.cancelled()) {
                throw new CancellationException("embedding cancelled after " + done + " crystals");
            }
            int[] members = plan.batch(b);
            float[] values = localMean ? model.embedLocalMean(DimTrainer.pack(crystals, members))
                    : model.embed(DimTrainer.pack(crystals, members));
            for (int i = 0; i < members.length; i++) {
                out[members[i]] = Arrays.copyOfRange(values, i * width, (i + 1) * width);
            }
            done += members.length;
            progress.report((double) done / n, "embedded " + done + " of " + n + " crystals");
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
