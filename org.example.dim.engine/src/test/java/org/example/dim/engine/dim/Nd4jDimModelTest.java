package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.example.dim.engine.dataset.SiteNetBatch;
import org.example.dim.engine.falsesample.InBatchFalseSamples;
import org.example.dim.engine.falsesample.InBatchFalseSampler;
import org.junit.jupiter.api.Test;

/**
 * The hand-written backward pass against SameDiff's automatic differentiation of the same graph
 * ({@link DimGraph}), at the same parameters, batch, false samples and noise.
 */
class Nd4jDimModelTest {

    @Test
    void lossesAndGradientsAgreeWithAutomaticDifferentiation() {
        for (DimConfig.Activation local : DimConfig.Activation.values()) {
            DimConfig config = DimConfig.paperDefaults().withLocalActivation(local);
            SiteNetBatch batch = SiteNetBatch.pack(RealCrystals.first(24));
            InBatchFalseSamples samples = new InBatchFalseSampler(config.falseSamples()).sample(batch, new Random(1));
            try (SameDiffDimModel reference = new SameDiffDimModel(config, 5);
                    Nd4jDimModel model = new Nd4jDimModel(config, 6)) {
                model.setParameters(reference.parameters());
                Losses expected = reference.evaluate(batch, samples, new Random(2));
                Losses actual = model.evaluate(batch, samples, new Random(2));
                assertEquals(expected.localDim(), actual.localDim(), 1e-4 * expected.localDim(), local + " local DIM");
                assertEquals(expected.localKl(), actual.localKl(), 1e-4 * expected.localKl(), local + " local KL");
                assertEquals(expected.globalDim(), actual.globalDim(), 1e-4, local + " global DIM");
                assertEquals(expected.globalKl(), actual.globalKl(), 1e-4 * expected.globalKl(), local + " global KL");

                Map<String, float[]> auto = reference.gradientsOf(DimGraph.LOSS, batch, samples, new Random(2));
                Map<String, float[]> manual = model.gradients(batch, samples, new Random(2));
                assertEquals(auto.keySet(), manual.keySet());
                for (String name : auto.keySet()) {
                    float[] a = auto.get(name);
                    float[] m = manual.get(name);
                    double scale = 0;
                    double diff = 0;
                    for (int i = 0; i < a.length; i++) {
                        scale = Math.max(scale, Math.abs(a[i]));
                        diff = Math.max(diff, Math.abs(a[i] - m[i]));
                    }
                    assertTrue(scale > 0, name + " has no gradient");
                    // float32 sums in another order; gradients that are zero in exact arithmetic (the logit
                    // bias under softmax) are rounding noise of ~1e-7 in both.
                    assertTrue(diff <= 5e-3 * scale + 1e-6, local + " " + name + ": max |Δ| " + diff + " of " + scale);
                }
            }
        }
    }
}
