package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** LayerNorm (the ND4J ops) against a row worked out by hand, a constant gradient and a finite difference. */
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
        LayerNorm.Result r = LayerNorm.forward(Nd4j.createFromArray(new float[][] {{1, 2, 4}, {0, 5, -1}}), gain, bias);
        INDArray dGain = Nd4j.zeros(DataType.FLOAT, 1, 3);
        INDArray dBias = Nd4j.zeros(DataType.FLOAT, 1, 3);
        INDArray da = LayerNorm.backward(r, Nd4j.ones(DataType.FLOAT, 2, 3), gain, dGain, dBias);
        assertArrayEquals(new float[6], da.reshape(6).toFloatVector(), TOLERANCE);
        assertArrayEquals(r.normalised().sum(0).toFloatVector(), dGain.toFloatVector(), TOLERANCE);
        assertArrayEquals(new float[] {2, 2, 2}, dBias.toFloatVector(), TOLERANCE);
    }

    @Test
    void backwardMatchesAFiniteDifference() {
        Nd4j.getRandom().setSeed(7);
        INDArray a = Nd4j.randn(DataType.FLOAT, 50, 16);
        INDArray gain = Nd4j.rand(DataType.FLOAT, 1, 16).addi(0.5);
        INDArray bias = Nd4j.randn(DataType.FLOAT, 1, 16);
        INDArray dOut = Nd4j.randn(DataType.FLOAT, 50, 16);
        INDArray da = LayerNorm.backward(LayerNorm.forward(a.dup(), gain, bias), dOut, gain,
                Nd4j.zeros(DataType.FLOAT, 1, 16), Nd4j.zeros(DataType.FLOAT, 1, 16));
        // one input element nudged: the change of Σ dOut∘out matches the gradient (central difference, double)
        double h = 1e-2;
        INDArray up = a.castTo(DataType.DOUBLE);
        INDArray down = up.dup();
        up.putScalar(3, 5, up.getDouble(3, 5) + h);
        down.putScalar(3, 5, down.getDouble(3, 5) - h);
        double numeric = (objective(up, gain, bias, dOut) - objective(down, gain, bias, dOut)) / (2 * h);
        assertTrue(Math.abs(numeric - da.getDouble(3, 5)) < 1e-3, numeric + " vs " + da.getDouble(3, 5));
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
