package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.example.dim.engine.dataset.SiteNetBatch;
import org.example.dim.engine.falsesample.InBatchFalseSampler;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The local objective's pair scores and their backward pass as host loops against the same formulas as ND4J ops. */
class PairScoresTest {

    @Test
    void hiddenRowsAndScoresEqualTheOps() {
        DimConfig config = DimConfig.paperDefaults();
        SiteNetBatch batch = SiteNetBatch.pack(RealCrystals.first(30));
        BatchTensors in = new BatchTensors(batch).withTraining(
                new InBatchFalseSampler(config.falseSamples()).sample(batch, new Random(4)), new Random(5), config);
        Nd4j.getRandom().setSeed(8);
        int n = 64;
        INDArray first = Nd4j.randn(DataType.FLOAT, SiteFeatures.COUNT + 1, n);
        INDArray featurePart = Gemm.product(in.features,
                first.get(NDArrayIndex.interval(0, SiteFeatures.COUNT), NDArrayIndex.all()));
        INDArray distanceRow = first.get(NDArrayIndex.interval(SiteFeatures.COUNT, SiteFeatures.COUNT + 1),
                NDArrayIndex.all());
        INDArray bias = Nd4j.randn(DataType.FLOAT, 1, n);
        INDArray projected = Nd4j.randn(DataType.FLOAT, in.sites, n);
        INDArray offset = Nd4j.randn(DataType.FLOAT, in.sites, 1);
        List<LocalEncoder.Environment> environments = new ArrayList<>(List.of(in.own));
        environments.addAll(in.falseEnvironments.values());
        for (LocalEncoder.Environment env : environments) {
            PairScores.Result host = PairScores.of(env, featurePart, distanceRow, bias, projected, offset);
            INDArray hidden = Tensors.activate(Tensors.gatherRows(featurePart, env.neighbours())
                    .addi(Gemm.product(env.distances().reshape(-1, 1), distanceRow)).addiRowVector(bias),
                    DimConfig.Activation.RELU);
            INDArray t = Tensors.dotPerSite(hidden, projected, env.l()).addiColumnVector(offset);
            assertArrayEquals(hidden.data().asFloat(), host.hidden().data().asFloat(), 0f, "(f + d·w) + b, then ReLU");
            assertTrue(host.t().equalsWithEps(t, 1e-3), "scores");
            assertTrue(hidden.minNumber().floatValue() == 0f && hidden.maxNumber().floatValue() > 0f);

            INDArray dt = Nd4j.randn(DataType.FLOAT, t.shape());
            PairScores.Gradients g = PairScores.backward(env, host.hidden(), dt, projected);
            INDArray dPre = Tensors.activationBackward(hidden, Tensors.outerPerSite(dt, projected),
                    DimConfig.Activation.RELU);
            assertTrue(g.dProjected().equalsWithEps(Tensors.weightedSum(hidden, dt), 1e-3), "Σ_l dt·hidden");
            assertTrue(g.dFeaturePart().equalsWithEps(Tensors.scatterAddRows(in.sites, env.neighbours(), dPre), 1e-3),
                    "the pre-activation's gradient summed per neighbour site");
            assertTrue(g.dDistanceRow().equalsWithEps(env.distances().reshape(1, -1).mmul(dPre), 1e-2), "d·dPre");
            assertTrue(g.dBias().equalsWithEps(dPre.sum(true, 0), 1e-2), "Σ dPre");
        }
    }
}
