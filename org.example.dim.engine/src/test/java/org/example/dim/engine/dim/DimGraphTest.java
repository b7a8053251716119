package org.example.dim.engine.dim;

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

/**
 * The reference graph (SameDiff, automatic differentiation) isolates its objectives; since
 * {@link Nd4jDimModelTest} shows the production model's gradients equal this graph's, so does it.
 */
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
}
