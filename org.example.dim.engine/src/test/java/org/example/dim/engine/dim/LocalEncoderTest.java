package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.example.dim.engine.dataset.SiteNetBatch;
import org.example.dim.engine.falsesample.InBatchFalseSamples;
import org.example.dim.engine.falsesample.InBatchFalseSampler;
import org.junit.jupiter.api.Test;

/** The bond layers' host row loop (pre-activation made inside the loop) against the same layer as ND4J ops. */
class LocalEncoderTest {

    @Test
    void bondRowsMadeInTheLoopEqualTheGatheredPreActivation() {
        DimConfig config = DimConfig.paperDefaults();
        SiteNetBatch batch = SiteNetBatch.pack(RealCrystals.first(30));
        InBatchFalseSamples samples = new InBatchFalseSampler(config.falseSamples()).sample(batch, new Random(4));
        BatchTensors in = new BatchTensors(batch).withTraining(samples, new Random(5), config);
        LocalEncoder encoder = new LocalEncoder(new Parameters(9), config);
        LocalEncoder.Embeddings emb = encoder.new Embeddings(in.features, in.distances);
        List<LocalEncoder.Environment> environments = new ArrayList<>(List.of(in.own));
        environments.addAll(in.falseEnvironments.values());
        assertTrue(environments.size() >= 4, "the own environment and the false ones, with their own rows and sites");
        for (LocalEncoder.BondParts parts : List.of(emb.attention, emb.value)) {
            for (LocalEncoder.Environment env : environments) {
                HiddenLayer.Trace rows = parts.forward(env);
                HiddenLayer.Trace ops = parts.layer.fromPreActivation(null, parts.preActivation(env));
                assertArrayEquals(ops.pre().data().asFloat(), rows.pre().data().asFloat(), 0f,
                        "the same sums in the same order");
                assertEquals(env.neighbours().length, rows.out().rows());
                assertTrue(rows.out().equalsWithEps(ops.out(), 1e-4));
            }
        }
    }
}
