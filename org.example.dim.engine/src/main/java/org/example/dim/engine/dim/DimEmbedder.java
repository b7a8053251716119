package org.example.dim.engine.dim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.example.dim.engine.dataset.BatchPlan;
import org.example.dim.engine.dataset.SiteNetBatch;

/**
 * Crystal embeddings from a model (trained, or untrained: the paper's essential baseline), in the
 * order of the source, batched by unique sites so that memory stays bounded. From a fine-tuned model
 * the same pass also gives its predictions.
 */
public final class DimEmbedder {

    /** One batch's vectors, crystal after crystal, and a fine-tuned model's predictions (null without one). */
    public record BatchOutput(float[] vectors, double[] predictions) {
    }

    /** One vector per crystal of a source, and a fine-tuned model's predictions (null without one). */
    public record Embeddings(float[][] vectors, double[] predictions) {
    }

    @FunctionalInterface
    private interface Pass {
        BatchOutput run(SiteNetBatch batch, boolean localMean);
    }

    private final Pass pass;
    private final DimConfig config;
    private final boolean predicts;
    private final int batchSites;

    public DimEmbedder(DimModel model, int batchSites) {
        this((batch, localMean) -> new BatchOutput(localMean ? model.embedLocalMean(batch) : model.embed(batch),
                null), model.config(), false, batchSites);
    }

    /** Embeds with a fine-tuned model's encoder and predicts its label in the same pass. */
    public DimEmbedder(SiteNetRegressor fineTuned, int batchSites) {
        this(fineTuned::embedAndPredict, fineTuned.config(), true, batchSites);
    }

    private DimEmbedder(Pass pass, DimConfig config, boolean predicts, int batchSites) {
        this.pass = pass;
        this.config = config;
        this.predicts = predicts;
        this.batchSites = batchSites;
    }

    /** Whether {@link #embedAndPredict} gives predictions. */
    public boolean predicts() {
        return predicts;
    }

    /** Values per vector: G's width, or with {@code localMean} the local representation's. */
    public int width(boolean localMean) {
        return localMean ? config.localDim() : config.globalDim();
    }

    /** One row per crystal: G (globalDim values), or with {@code localMean} the mean local representation. */
    public float[][] embed(CrystalSource crystals, boolean localMean, TrainingProgress progress) {
        return embedAndPredict(crystals, localMean, progress).vectors();
    }

    /** The vectors of {@link #embed} and, from a fine-tuned model, its predictions in label units. */
    public Embeddings embedAndPredict(CrystalSource crystals, boolean localMean, TrainingProgress progress) {
        int n = crystals.size();
        int width = width(localMean);
        float[][] vectors = new float[n][];
        double[] predictions = predicts ? new double[n] : null;
        BatchPlan plan = BatchPlan.inOrder(crystals.primitiveSiteCounts(), batchSites);
        int done = 0;
        for (int b = 0; b < plan.size(); b++) {
            if (progress.cancelled()) {
                throw new CancellationException("embedding cancelled after " + done + " crystals");
            }
            int[] members = plan.batch(b);
            BatchOutput out = pass.run(DimTrainer.pack(crystals, members), localMean);
            for (int i = 0; i < members.length; i++) {
                vectors[members[i]] = Arrays.copyOfRange(out.vectors(), i * width, (i + 1) * width);
                if (predictions != null) {
                    predictions[members[i]] = out.predictions()[i];
                }
            }
            done += members.length;
            progress.report((double) done / n, "embedded " + done + " of " + n + " crystals");
        }
        return new Embeddings(vectors, predictions);
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
