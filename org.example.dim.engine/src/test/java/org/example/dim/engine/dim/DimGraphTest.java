package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.example.dim.engine.dataset.SiteNetBatch;
import org.example.dim.engine.falsesample.InBatchFalseSampler;
import org.example.dim.engine.sitenet.SiteNetInput;
import org.junit.jupiter.api.Test;

/** Properties of the graph itself: isolated gradients, exact masks, chance level at the start. */
class DimGraphTest {

    /** Parameters of the global block; everything else belongs to the local block. */
    private static final Set<String> GLOBAL_PREFIXES = Set.of("prepool_", "postpool", "G_", "global_query",
            "environment_sample");

    private static boolean isGlobal(String name) {
        return GLOBAL_PREFIXES.stream().anyMatch(name::startsWith);
    }

    @Test
    void theGlobalObjectiveNeverTouchesTheLocalEncoderAndViceVersa() {
        List<SiteNetInput> crystals = RealCrystals.first(30);
        SiteNetBatch batch = SiteNetBatch.pack(crystals);
        for (String objective : List.of(DimGraph.GLOBAL_DIM, DimGraph.GLOBAL_KL, DimGraph.LOCAL_DIM,
                DimGraph.LOCAL_KL)) {
            try (SameDiffDimModel model = new SameDiffDimModel(DimConfig.paperDefaults(), 5)) {
                var samples = new InBatchFalseSampler(model.config().falseSamples()).sample(batch, new Random(1));
                boolean global = objective.startsWith("global");
                Map<String, float[]> g = model.gradientsOf(objective, batch, samples, new Random(2));
                double own = 0;
                for (Map.Entry<String, float[]> e : g.entrySet()) {
                    double norm = 0;
                    for (float v : e.getValue()) {
                        norm += v * v;
                    }
                    if (isGlobal(e.getKey()) == global) {
                        own += norm;
                    } else {
                        assertEquals(0.0, norm, 0.0, objective + " reaches " + e.getKey());
                    }
                }
                assertTrue(own > 0, objective + " has no gradient on its own block");
            }
        }
    }

    @Test
    void paddingDoesNotChangeACrystalsEmbedding() {
        List<SiteNetInput> crystals = RealCrystals.first(200);
        SiteNetInput small = crystals.stream().min((a, b) -> a.supercellSites() - b.supercellSites()).orElseThrow();
        SiteNetInput large = crystals.stream().max((a, b) -> a.supercellSites() - b.supercellSites()).orElseThrow();
        assertTrue(large.supercellSites() > small.supercellSites());
        try (SameDiffDimModel model = new SameDiffDimModel(DimConfig.paperDefaults(), 5)) {
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
        try (SameDiffDimModel model = new SameDiffDimModel(DimConfig.paperDefaults(), 9)) {
            Losses l = model.evaluate(batch, new InBatchFalseSampler(model.config().falseSamples())
                    .sample(batch, new Random(3)), new Random(4));
            assertEquals(Losses.CHANCE, l.globalDim(), 0.3, l.toString());
            assertTrue(Double.isFinite(l.localDim()) && l.localDim() > 0, l.toString());
        }
    }
}
