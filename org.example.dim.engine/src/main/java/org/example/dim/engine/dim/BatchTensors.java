package org.example.dim.engine.dim;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.example.dim.engine.dataset.SiteNetBatch;
import org.example.dim.engine.falsesample.Environment;
import org.example.dim.engine.falsesample.FalseSampleKind;
import org.example.dim.engine.falsesample.InBatchFalseSamples;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A batch as the model reads it: scaled site features, distances and masks (B × L), the batch's own
 * environment, per-site loss weights, the pooling matrix, and for training the false environments and
 * the noise. Made inside the step's workspace.
 */
final class BatchTensors {

    final int sites;
    final int crystals;
    final long l;
    final INDArray features;
    final INDArray distances;
    final INDArray mask;
    final int[] crystalOfSite;
    /** C × B, 1/P_c for the sites of crystal c: the mean over a crystal's sites. */
    final INDArray pool;
    /** B × 1, 1/(C·P_c): a site's weight in the mean over crystals of the mean over their sites. */
    final INDArray siteWeight;
    final LocalEncoder.Environment own;
    int[] otherCrystal;
    final Map<FalseSampleKind, LocalEncoder.Environment> falseEnvironments = new EnumMap<>(FalseSampleKind.class);
    INDArray localNoise;
    INDArray globalNoise;

    BatchTensors(SiteNetBatch batch) {
        sites = batch.sites();
        crystals = batch.crystals();
        l = batch.maxEnvironment();
        features = Nd4j.createFromArray(batch.siteFeatures()).reshape(sites, SiteFeatures.COUNT)
                .muliRowVector(Nd4j.createFromArray(SiteFeatures.scales()).castTo(DataType.FLOAT).reshape(1, SiteFeatures.COUNT));
        distances = Nd4j.createFromArray(batch.distances()).reshape(sites, l);
        mask = Nd4j.createFromArray(batch.mask()).reshape(sites, l);
        crystalOfSite = batch.crystalOfSite();
        float[] p = new float[crystals * sites];
        float[] w = new float[sites];
        int[] offsets = batch.crystalOffsets();
        for (int c = 0; c < crystals; c++) {
            int n = offsets[c + 1] - offsets[c];
            for (int i = offsets[c]; i < offsets[c + 1]; i++) {
                p[c * sites + i] = 1f / n;
                w[i] = 1f / ((float) crystals * n);
            }
        }
        pool = Nd4j.createFromArray(p).reshape(crystals, sites);
        siteWeight = Nd4j.createFromArray(w).reshape(sites, 1);
        own = new LocalEncoder.Environment(null, batch.neighbourIndex(), null, l, distances, mask);
    }

    /** Adds the false environments and draws the noise as the reference does: local (B × dz), then global (C × dG). */
    BatchTensors withTraining(InBatchFalseSamples samples, Random noise, DimConfig config) {
        otherCrystal = samples.otherCrystal();
        localNoise = gaussian(noise, sites, config.localDim());
        globalNoise = gaussian(noise, crystals, config.globalDim());
        for (Map.Entry<FalseSampleKind, Environment> e : samples.environments().entrySet()) {
            FalseSampleKind k = e.getKey();
            if (k == FalseSampleKind.OTHER_CRYSTAL || config.falseSamples().contains(k)) {
                Environment env = e.getValue();
                falseEnvironments.put(k, new LocalEncoder.Environment(env.self(), env.neighbours(), env.rows(), l,
                        Tensors.gatherRows(distances, env.rows()), Tensors.gatherRows(mask, env.rows())));
            }
        }
        return this;
    }

    private static INDArray gaussian(Random random, int rows, int cols) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Nd4j.createFromArray(v).reshape(rows, cols);
    }
}
