package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** LayerNorm against rows worked out by hand; the backward row loop against the ND4J ops and a finite difference. */
class LayerNormTest {

    private static final float TOLERANCE = 1e-5f;

    @Test
    void normalisesARowAsWorkedOutByHand() {
        // row (1, 2, 3, 6): μ = 3, deviations (−2, −1, 0, 3), biased variance 14/4 = 3.5
        double is = 1 / Math.sqrt(3.5 + 1e-5);
        float[] expected = {(float) (-2 * is * 2 + 1), (float) (-1 * is * 2 + 1), 1, (float) (3 * is * 2 + 1)};
        INDArray gain = Nd4j.valueArrayOf(new long[] {1, 4}, 2f, DataType.FLOAT);
        INDArray bias = Nd4j.ones(DataType.FLOAT, 1, 4);
        LayerNorm.Result r = LayerNorm.forward(Nd4j.createFromArray(new float[][] {{1, 2, 3, 6}}), gain, bias);
        assertArrayEquals(expected, r.out().toFloatVector(), TOLERANCE);
        assertArrayEquals(new float[] {(float) is}, r.inverseStd().toFloatVector(), TOLERANCE);
    }

    @Test
    void backwardOfAConstantGradientIsZeroAndItsGainGradientIsTheNormalisedSum() {
        // d/da of Σ out with γ = 1: Σ_j (a_j − μ)/σ is constant in a, so the input gradient vanishes;
        // dγ = Σ normalised over the rows, dβ = number of rows
        INDArray gain = Nd4j.ones(DataType.FLOAT, 1, 3);
        INDArray bias = Nd4j.zeros(DataType.FLOAT, 1, 3);
        for (boolean host : new boolean[] {true, false}) {
            INDArray a = Nd4j.createFromArray(new float[][] {{1, 2, 4}, {0, 5, -1}});
            LayerNorm.Result r = LayerNorm.forward(a, gain, bias);
            INDArray dGain = Nd4j.zeros(DataType.FLOAT, 1, 3);
            INDArray dBias = Nd4j.zeros(DataType.FLOAT, 1, 3);
            INDArray dOut = Nd4j.ones(DataType.FLOAT, 2, 3);
            INDArray da = host ? LayerNorm.backwardOnHost(r, dOut, gain, dGain, dBias)
                    : LayerNorm.backwardWithOps(r, dOut, gain, dGain, dBias);
            assertArrayEquals(new float[6], da.reshape(6).toFloatVector(), TOLERANCE);
            assertArrayEquals(r.normalised().sum(0).toFloatVector(), dGain.toFloatVector(), TOLERANCE);
            assertArrayEquals(new float[] {2, 2, 2}, dBias.toFloatVector(), TOLERANCE);
        }
    }

    @Test
    void rowLoopAgreesWithTheOpsOnRandomRowsAndAFiniteDifference() {
        Nd4j.getRandom().setSeed(7);
        INDArray a = Nd4j.randn(DataType.FLOAT, 50, 16);
        INDArray gain = Nd4j.rand(DataType.FLOAT, 1, 16).addi(0.5);
        INDArray bias = Nd4j.randn(DataType.FLOAT, 1, 16);
        INDArray dOut = Nd4j.randn(DataType.FLOAT, 50, 16);
        LayerNorm.Result norm = LayerNorm.forward(a.dup(), gain, bias);
        INDArray[] hostGrads = {Nd4j.zeros(DataType.FLOAT, 1, 16), Nd4j.zeros(DataType.FLOAT, 1, 16)};
        INDArray[] opsGrads = {Nd4j.zeros(DataType.FLOAT, 1, 16), Nd4j.zeros(DataType.FLOAT, 1, 16)};
        INDArray hostDa = LayerNorm.backwardOnHost(norm, dOut, gain, hostGrads[0], hostGrads[1]);
        INDArray opsDa = LayerNorm.backwardWithOps(norm, dOut, gain, opsGrads[0], opsGrads[1]);
        assertTrue(hostDa.equalsWithEps(opsDa, 1e-4));
        assertTrue(hostGrads[0].equalsWithEps(opsGrads[0], 1e-3));
        assertTrue(hostGrads[1].equalsWithEps(opsGrads[1], 1e-3));
        // one input element nudged: the change of Σ dOut∘out matches the gradient (central difference, double)
        double h = 1e-2;
        INDArray up = a.castTo(DataType.DOUBLE);
        INDArray down = up.dup();
        up.putScalar(3, 5, up.getDouble(3, 5) + h);
        down.putScalar(3, 5, down.getDouble(3, 5) - h);
        double numeric = (objective(up, gain, bias, dOut) - objective(down, gain, bias, dOut)) / (2 * h);
        assertTrue(Math.abs(numeric - hostDa.getDouble(3, 5)) < 1e-3, numeric + " vs " + hostDa.getDouble(3, 5));
    }

    @Test
    void backwardReadsRowSlicesOfLargerMatrices() {
        // the gradient of row (1, 2, 3, 6) sits in row 1 of a larger matrix; a constant gradient gives zero
        INDArray gain = Nd4j.ones(DataType.FLOAT, 1, 4);
        LayerNorm.Result r = LayerNorm.forward(Nd4j.createFromArray(new float[][] {{1, 2, 3, 6}}), gain,
                Nd4j.zeros(DataType.FLOAT, 1, 4));
        INDArray big = Nd4j.createFromArray(new float[][] {{9, -9, 9, -9}, {1, 1, 1, 1}});
        INDArray dOut = big.get(NDArrayIndex.interval(1, 2), NDArrayIndex.all());
        INDArray dBias = Nd4j.zeros(DataType.FLOAT, 1, 4);
        INDArray da = LayerNorm.backwardOnHost(r, dOut, gain, Nd4j.zeros(DataType.FLOAT, 1, 4), dBias);
        assertArrayEquals(new float[4], da.toFloatVector(), TOLERANCE);
        assertArrayEquals(new float[] {1, 1, 1, 1}, dBias.toFloatVector(), TOLERANCE);
    }

    /** Σ dOut ∘ LayerNorm(a), in double precision. */
    private static double objective(INDArray a, INDArray gain, INDArray bias, INDArray dOut) {
        double total = 0;
        for (int r = 0; r < a.rows(); r++) {
            double mean = a.getRow(r).meanNumber().doubleValue();
            double var = 0;
            for (int j = 0; j < a.columns(); j++) {
                var += Math.pow(a.getDouble(r, j) - mean, 2) / a.columns();
            }
            for (int j = 0; j < a.columns(); j++) {
                double out = (a.getDouble(r, j) - mean) / Math.sqrt(var + 1e-5) * gain.getDouble(0, j)
                        + bias.getDouble(0, j);
                total += dOut.getDouble(r, j) * out;
            }
        }
        return total;
    }
}
