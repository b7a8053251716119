package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.example.dim.engine.dim.DimConfig.Activation;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Activation then LayerNorm: the host row loops against rows worked out by hand and against the ND4J ops. */
class ActivationNormTest {

    private static final float TOLERANCE = 1e-5f;

    @Test
    void reluThenNormalisesARowAsWorkedOutByHand() {
        // pre (−4, 1, 2, 6) → ReLU (0, 1, 2, 6): μ = 9/4, deviations (−9, −5, −1, 15)/4, variance 83/16
        double is = 1 / Math.sqrt(83.0 / 16 + 1e-5);
        double[] deviations = {-9 / 4.0, -5 / 4.0, -1 / 4.0, 15 / 4.0};
        float[] expected = new float[4];
        for (int j = 0; j < 4; j++) {
            expected[j] = (float) (deviations[j] * is * 2 + 1);
        }
        INDArray pre = Nd4j.createFromArray(new float[][] {{-4, 1, 2, 6}});
        LayerNorm.Result r = ActivationNorm.forward(pre, Activation.RELU, Nd4j.valueArrayOf(new long[] {1, 4}, 2f,
                DataType.FLOAT), Nd4j.ones(DataType.FLOAT, 1, 4));
        assertArrayEquals(expected, r.out().toFloatVector(), TOLERANCE);
        assertArrayEquals(new float[] {(float) is}, r.inverseStd().toFloatVector(), TOLERANCE);
        assertArrayEquals(new float[] {-4, 1, 2, 6}, pre.toFloatVector(), 0f, "the pre-activation is kept");
    }

    @Test
    void hostLoopsAgreeWithTheOpsOverManyBlocksAndRaggedWidths() {
        // 300 rows: two full blocks of 128 and a partial one; 13 columns: no multiple of the sums' 8 lanes
        Nd4j.getRandom().setSeed(11);
        INDArray pre = Nd4j.randn(DataType.FLOAT, 300, 13);
        pre.putScalar(0, 0, 0f);
        pre.putScalar(1, 1, -0f);
        pre.putScalar(2, 2, Float.MIN_VALUE); // the smallest positive float: ReLU's slope there is 1
        INDArray gain = Nd4j.rand(DataType.FLOAT, 1, 13).addi(0.5);
        INDArray bias = Nd4j.randn(DataType.FLOAT, 1, 13);
        INDArray dOut = Nd4j.randn(DataType.FLOAT, 300, 13);

        LayerNorm.Result host = ActivationNorm.forward(pre, Activation.RELU, gain, bias);
        LayerNorm.Result ops = LayerNorm.forward(Tensors.activate(pre, Activation.RELU), gain, bias);
        assertTrue(host.out().equalsWithEps(ops.out(), 1e-4));
        assertTrue(host.normalised().equalsWithEps(ops.normalised(), 1e-4));
        assertTrue(host.inverseStd().equalsWithEps(ops.inverseStd(), 1e-4));

        INDArray[] hostGrads = {Nd4j.zeros(DataType.FLOAT, 1, 13), Nd4j.zeros(DataType.FLOAT, 1, 13)};
        INDArray[] opsGrads = {Nd4j.zeros(DataType.FLOAT, 1, 13), Nd4j.zeros(DataType.FLOAT, 1, 13)};
        INDArray hostDPre = ActivationNorm.backward(pre, Activation.RELU, host, dOut, gain, hostGrads[0], hostGrads[1]);
        INDArray opsDPre = Tensors.activationBackward(pre, LayerNorm.backward(ops, dOut, gain, opsGrads[0],
                opsGrads[1]), Activation.RELU);
        assertTrue(hostDPre.equalsWithEps(opsDPre, 1e-4));
        assertTrue(hostGrads[0].equalsWithEps(opsGrads[0], 1e-3));
        assertTrue(hostGrads[1].equalsWithEps(opsGrads[1], 1e-3));
        assertEquals(0f, hostDPre.getFloat(0, 0), 0f, "no gradient through ReLU at 0");
        assertEquals(0f, hostDPre.getFloat(1, 1), 0f, "nor at −0");
        assertTrue(hostDPre.getFloat(2, 2) != 0f, "but through the smallest positive input");
    }

    @Test
    void backwardReadsRowSlicesOfLargerMatrices() {
        // the gradient of row (1, 2, 3, 6) sits in row 1 of a larger matrix; a constant gradient gives zero
        INDArray gain = Nd4j.ones(DataType.FLOAT, 1, 4);
        INDArray pre = Nd4j.createFromArray(new float[][] {{1, 2, 3, 6}});
        LayerNorm.Result r = ActivationNorm.forward(pre, Activation.RELU, gain, Nd4j.zeros(DataType.FLOAT, 1, 4));
        INDArray big = Nd4j.createFromArray(new float[][] {{9, -9, 9, -9}, {1, 1, 1, 1}});
        INDArray dOut = big.get(NDArrayIndex.interval(1, 2), NDArrayIndex.all());
        INDArray dBias = Nd4j.zeros(DataType.FLOAT, 1, 4);
        INDArray dPre = ActivationNorm.backward(pre, Activation.RELU, r, dOut, gain, Nd4j.zeros(DataType.FLOAT, 1, 4),
                dBias);
        assertArrayEquals(new float[4], dPre.toFloatVector(), TOLERANCE);
        assertArrayEquals(new float[] {1, 1, 1, 1}, dBias.toFloatVector(), TOLERANCE);
    }

    @Test
    void mishRunsAsTheOps() {
        Nd4j.getRandom().setSeed(3);
        INDArray pre = Nd4j.randn(DataType.FLOAT, 20, 8);
        INDArray gain = Nd4j.ones(DataType.FLOAT, 1, 8);
        INDArray bias = Nd4j.zeros(DataType.FLOAT, 1, 8);
        LayerNorm.Result r = ActivationNorm.forward(pre, Activation.MISH, gain, bias);
        assertTrue(r.out().equalsWithEps(LayerNorm.forward(Tensors.activate(pre, Activation.MISH), gain, bias).out(),
                1e-6));
    }
}
