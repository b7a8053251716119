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

/** The pair and bond layers' host row loops (pre-activation made inside the loop) against the same layers as ND4J ops. */
class LocalEncoderTest {

    @Test
    void rowsMadeInTheLoopEqualThePreActivationOfTheOps() {
        DimConfig config = DimConfig.paperDefaults();
        SiteNetBatch batch = SiteNetBatch.pack(RealCrystals.first(30));
        InBatchFalseSamples samples = new InBatchFalseSampler(config.falseSamples()).sample(batch, new Random(4));
        BatchTensors in = new BatchTensors(batch).withTraining(samples, new Random(5), config);
        LocalEncoder encoder = new LocalEncoder(new Parameters(9), config);
        LocalEncoder.Embeddings emb = encoder.new Embeddings(in.features, in.distances);
        HiddenLayer.Trace pairOps = encoder.pair.forward(in.distances.reshape(-1, 1));
        assertArrayEquals(pairOps.pre().data().asFloat(), emb.pairs.pre().data().asFloat(), 0f,
                "the pair layer's rows d·w + b as sgemm and the bias add make them");
        assertTrue(emb.pairs.out().equalsWithEps(pairOps.out(), 1e-4));
        assertEquals(in.distances.length(), emb.pairs.input().length(), "its input kept for the weight gradient");
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
