package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.example.dim.engine.dataset.SiteNetBatch;
import org.example.dim.engine.falsesample.InBatchFalseSamples;
import org.example.dim.engine.falsesample.InBatchFalseSampler;
import org.example.dim.engine.sitenet.SiteNetInput;
import org.junit.jupiter.api.Test;

/**
 * The production model: exact masks, chance level at the start, and the hand-written backward pass against SameDiff's automatic differentiation of the same graph
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
                    double norm = 0;
                    double diff = 0;
                    for (int i = 0; i < a.length; i++) {
                        norm += (double) a[i] * a[i];
                        diff += ((double) a[i] - m[i]) * ((double) a[i] - m[i]);
                    }
                    norm = Math.sqrt(norm);
                    diff = Math.sqrt(diff);
                    assertTrue(norm > 0, name + " has no gradient");
                    // Both sum in float32 in different orders (and BLAS kernels differ between CPUs), so single
                    // entries that nearly cancel can differ by a few per cent; a wrong term shows as an error of
                    // the order of the gradient itself. Gradients that are zero in exact arithmetic (the logit
                    // bias under softmax) are rounding noise of ~1e-7 in both.
                    assertTrue(diff <= 1e-2 * norm + 1e-6, local + " " + name + ": |Δ| " + diff + " of |g| " + norm);
                }
            }
        }
    }

    @Test
    void nativeMemoryStaysFlatOverManySteps() {
        List<SiteNetInput> crystals = RealCrystals.first(240);
        DimConfig config = DimConfig.paperDefaults();
        InBatchFalseSampler sampler = new InBatchFalseSampler(config.falseSamples());
        Random random = new Random(4);
        try (Nd4jDimModel model = new Nd4jDimModel(config, 4)) {
            long[] after = new long[6];
            for (int round = 0; round < after.length; round++) {
                // Batches of different sizes, as in training: the workspace must not grow step after step.
                for (int b = 0; b < 6; b++) {
                    SiteNetBatch batch = SiteNetBatch.pack(crystals.subList(b * 40, b * 40 + 20 + 4 * b));
                    model.trainStep(batch, sampler.sample(batch, random), random);
                }
                // resident memory, workspaces included, less the Java heap (which the JVM may grow as it likes)
                after[round] = org.bytedeco.javacpp.Pointer.physicalBytes() - Runtime.getRuntime().totalMemory();
            }
            System.out.printf("resident MB outside the heap after rounds of 6 steps: %s%n",
                    java.util.Arrays.toString(java.util.Arrays.stream(after).map(x -> x >> 20).toArray()));
            // Left to the garbage collector, a step's arrays leave hundreds of MB behind (anchors.md): a leak
            // grows every round by gigabytes. Memory may also grow once, late: the helper thread's share of a
            // step varies, and its workspace grows when a round first gives it more work. So the growth over
            // the last five rounds, less its largest single jump, must stay small.
            long growth = 0;
            long largestJump = 0;
            for (int round = 1; round < after.length; round++) {
                long jump = after[round] - after[round - 1];
                growth += jump;
                largestJump = Math.max(largestJump, jump);
            }
            assertTrue(growth - largestJump < 384L << 20, "resident memory grew by " + ((growth - largestJump) >> 20)
                    + " MB over 30 steps besides its largest jump of " + (largestJump >> 20) + " MB");
        }
    }

    @Test
    void paddingDoesNotChangeACrystalsEmbedding() {
        List<SiteNetInput> crystals = RealCrystals.first(200);
        SiteNetInput small = crystals.stream().min((a, b) -> a.supercellSites() - b.supercellSites()).orElseThrow();
        SiteNetInput large = crystals.stream().max((a, b) -> a.supercellSites() - b.supercellSites()).orElseThrow();
        assertTrue(large.supercellSites() > small.supercellSites());
        try (Nd4jDimModel model = new Nd4jDimModel(DimConfig.paperDefaults(), 5)) {
            float[] alone = model.embed(SiteNetBatch.pack(List.of(small, small)));
            float[] padded = model.embed(SiteNetBatch.pack(List.of(small, large)));
            int width = model.config().globalDim();
            float[] first = new float[width];
            float[] second = new float[width];
            System.arraycopy(alone, 0, first, 0, width);
            System.arraycopy(padded, 0, second, 0, width);
            assertArrayEquals(first, second, 1e-5f);
        }
    }

    @Test
    void anUntrainedModelScoresItsCrystalsAtAboutChance() {
        // Random 128-d dot products are near 0 for the global head (chance, 2 ln 2); the local head's pair
        // scores start larger, as in the reference (≈7 there; anchors.md), so it only has to be finite.
        SiteNetBatch batch = SiteNetBatch.pack(RealCrystals.first(80));
        try (Nd4jDimModel model = new Nd4jDimModel(DimConfig.paperDefaults(), 9)) {
            Losses l = model.evaluate(batch, new InBatchFalseSampler(model.config().falseSamples())
                    .sample(batch, new Random(3)), new Random(4));
            assertEquals(Losses.CHANCE, l.globalDim(), 0.3, l.toString());
            assertTrue(Double.isFinite(l.localDim()) && l.localDim() > 0, l.toString());
        }
    }
}
