package org.example.dim.engine.dim;

import java.nio.FloatBuffer;
import org.example.dim.engine.dim.DimConfig.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Activation then LayerNorm: the part of every hidden layer after its affine map, forward and backward.
 * For ReLU (the local encoder's, over 60,000 × 64 pair matrices) on the CPU both passes are one loop over
 * the rows in host memory, a block of rows at a time: as ND4J ops (activation, row means, norms,
 * broadcasts, each a pass over the whole matrix) the matrices were read and written about ten times per
 * pass, and the step is bound by memory traffic (60,000 × 64 on one thread: forward 8.0 → 6.4 ms, backward
 * 26 → 9 ms, medians).
 * Anything else (Mish, whose transcendental functions ND4J vectorises and Java does not; other backends;
 * views) runs as {@link LayerNorm}'s ops.
 */
final class ActivationNorm {

    /** Rows read and written per block by the host row loops: 128 rows of 64 floats stay in the core's cache. */
    static final int BLOCK_ROWS = 128;

    private ActivationNorm() {
    }

    /** Rows of a pre-activation made a block at a time, where they are written into the row loop's block. */
    interface RowSource {

        /** Writes rows {@code [first, first + count)} of the pre-activation into {@code x[0, count·n)}. */
        void rows(int first, int count, float[] x);
    }

    /** Whether the row loops run {@code activation} here: ReLU on the CPU backend. */
    static boolean onHost(Activation activation) {
        return activation == Activation.RELU && HostArrays.CPU;
    }

    /** {@code LayerNorm(activation(pre))}; {@code pre} is left as it is (the backward pass reads it). */
    static LayerNorm.Result forward(INDArray pre, Activation activation, INDArray gain, INDArray bias) {
        if (!onHost(activation) || !HostArrays.plain(pre)) {
            return LayerNorm.forward(Tensors.activate(pre, activation), gain, bias);
        }
        int n = (int) pre.columns();
        FloatBuffer preBuffer = HostArrays.floats(pre);
        return forward((int) pre.rows(), n, (first, count, x) -> preBuffer.get(first * n, x, 0, count * n), null,
                gain, bias);
    }

    /**
     * {@code LayerNorm(ReLU(pre))} for a pre-activation made by {@code source} as the loop goes (only where
     * {@link #onHost}), which is also written to {@code pre} (rows × n) for the backward pass: the rows are
     * made, activated and normalised while in cache.
     */
    static LayerNorm.Result forward(RowSource source, INDArray pre, INDArray gain, INDArray bias) {
        return forward((int) pre.rows(), (int) pre.columns(), source, HostArrays.floats(pre), gain, bias);
    }

    private static LayerNorm.Result forward(int rows, int n, RowSource source, FloatBuffer preCopy, INDArray gain,
            INDArray bias) {
        float[] g = repeated(gain, n);
        float[] b = repeated(bias, n);
        INDArray normalised = HostArrays.matrix(rows, n);
        INDArray out = HostArrays.matrix(rows, n);
        float[] inverseStd = new float[rows];
        FloatBuffer normBuffer = HostArrays.floats(normalised);
        FloatBuffer outBuffer = HostArrays.floats(out);
        float[] x = new float[g.length];
        float[] y = new float[g.length];
        for (int first = 0; first < rows; first += BLOCK_ROWS) {
            int count = Math.min(BLOCK_ROWS, rows - first);
            int length = count * n;
            source.rows(first, count, x);
            if (preCopy != null) {
                preCopy.put(first * n, x, 0, length);
            }
            relu(x, length);
            normaliseBlock(x, y, count, n, g, b, inverseStd, first);
            normBuffer.put(first * n, x, 0, length);
            outBuffer.put(first * n, y, 0, length);
        }
        return new LayerNorm.Result(normalised, Nd4j.createFromArray(inverseStd).reshape(rows, 1), out);
    }

    /**
     * The gradient of {@code pre} from that of the output of {@link #forward}; adds dγ and dβ to
     * {@code dGain} and {@code dBias}.
     */
    static INDArray backward(INDArray pre, Activation activation, LayerNorm.Result r, INDArray dOut, INDArray gain,
            INDArray dGain, INDArray dBias) {
        if (!onHost(activation) || !HostArrays.plain(pre) || !HostArrays.plain(dOut)
                || !HostArrays.plain(r.normalised())) {
            return Tensors.activationBackward(pre, LayerNorm.backward(r, dOut, gain, dGain, dBias), activation);
        }
        int rows = (int) dOut.rows();
        int n = (int) dOut.columns();
        float[] g = repeated(gain, n);
        float[] inverseStd = r.inverseStd().toFloatVector();
        float[] sumDOutN = new float[g.length];
        float[] sumDOut = new float[g.length];
        INDArray dPre = HostArrays.matrix(rows, n);
        FloatBuffer dOutBuffer = HostArrays.floats(dOut);
        FloatBuffer normBuffer = HostArrays.floats(r.normalised());
        FloatBuffer preBuffer = HostArrays.floats(pre);
        FloatBuffer dPreBuffer = HostArrays.floats(dPre);
        float[] dy = new float[g.length];
        float[] norm = new float[g.length];
        float[] slope = new float[g.length];
        for (int first = 0; first < rows; first += BLOCK_ROWS) {
            int count = Math.min(BLOCK_ROWS, rows - first);
            int length = count * n;
            dOutBuffer.get(first * n, dy, 0, length);
            normBuffer.get(first * n, norm, 0, length);
            preBuffer.get(first * n, slope, 0, length);
            reluSlopes(slope, length);
            backwardBlock(dy, norm, slope, count, n, g, inverseStd, first, sumDOutN, sumDOut);
            dPreBuffer.put(first * n, dy, 0, length);
        }
        dGain.addi(Nd4j.createFromArray(foldRows(sumDOutN, n)).reshape(1, n));
        dBias.addi(Nd4j.createFromArray(foldRows(sumDOut, n)).reshape(1, n));
        return dPre;
    }

    /*
     * The block loops below index every array of a row with the same running index k: HotSpot's C2 (Java 17)
     * vectorises such loops, but not those that mix x[o + j] with g[j] (measured: 4× slower). So per-column
     * vectors are repeated for every row of a block, and column sums gather per block position first.
     */

    /**
     * Normalises {@code count} activated rows of {@code x} in place (1/σ into {@code inverseStd} from index
     * {@code first}) and writes {@code γ ∘ x + β} to {@code y}; {@code g} and {@code b} are γ and β repeated.
     */
    private static void normaliseBlock(float[] x, float[] y, int count, int n, float[] g, float[] b,
            float[] inverseStd, int first) {
        for (int r = 0; r < count; r++) {
            int o = r * n;
            int end = o + n;
            float mean = sum(x, o, end) / n;
            for (int k = o; k < end; k++) {
                x[k] -= mean;
            }
            float is = (float) (1 / Math.sqrt(dot(x, x, o, end) / n + LayerNorm.EPSILON));
            inverseStd[first + r] = is;
            for (int k = o; k < end; k++) {
                float v = x[k] * is;
                x[k] = v;
                y[k] = v * g[k] + b[k];
            }
        }
    }

    /**
     * The backward pass over {@code count} rows: {@code dy} (the output's gradient) is overwritten with
     * the gradient of the pre-activation; dγ and dβ are added per block position into {@code sumDOutN} and
     * {@code sumDOut}.
     */
    private static void backwardBlock(float[] dy, float[] norm, float[] slope, int count, int n, float[] g,
            float[] inverseStd, int first, float[] sumDOutN, float[] sumDOut) {
        int length = count * n;
        for (int k = 0; k < length; k++) {
            sumDOutN[k] += dy[k] * norm[k];
            sumDOut[k] += dy[k];
            dy[k] *= g[k]; // dn, the gradient of the normalised row
        }
        for (int r = 0; r < count; r++) {
            int o = r * n;
            int end = o + n;
            float meanDn = sum(dy, o, end) / n;
            float meanDnN = dot(dy, norm, o, end) / n;
            float is = inverseStd[first + r];
            for (int k = o; k < end; k++) {
                dy[k] = (dy[k] - meanDn - norm[k] * meanDnN) * is * slope[k];
            }
        }
    }

    // Row sums in eight running sums: one sum would wait for each addition in turn (4× slower over rows of 64).

    /** {@code Σ a[k]} over {@code from ≤ k < to}. */
    private static float sum(float[] a, int from, int to) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int k = from;
        for (; k + 8 <= to; k += 8) {
            s0 += a[k];
            s1 += a[k + 1];
            s2 += a[k + 2];
            s3 += a[k + 3];
            s4 += a[k + 4];
            s5 += a[k + 5];
            s6 += a[k + 6];
            s7 += a[k + 7];
        }
        for (; k < to; k++) {
            s0 += a[k];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** {@code Σ a[k]·b[k]} over {@code from ≤ k < to}. */
    static float dot(float[] a, float[] b, int from, int to) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int k = from;
        for (; k + 8 <= to; k += 8) {
            s0 += a[k] * b[k];
            s1 += a[k + 1] * b[k + 1];
            s2 += a[k + 2] * b[k + 2];
            s3 += a[k + 3] * b[k + 3];
            s4 += a[k + 4] * b[k + 4];
            s5 += a[k + 5] * b[k + 5];
            s6 += a[k + 6] * b[k + 6];
            s7 += a[k + 7] * b[k + 7];
        }
        for (; k < to; k++) {
            s0 += a[k] * b[k];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** A 1 × n vector repeated for every row of a block. */
    static float[] repeated(INDArray vector, int n) {
        float[] v = vector.toFloatVector();
        float[] block = new float[BLOCK_ROWS * n];
        for (int r = 0; r < BLOCK_ROWS; r++) {
            System.arraycopy(v, 0, block, r * n, n);
        }
        return block;
    }

    /** The n column sums of a block's rows. */
    static float[] foldRows(float[] block, int n) {
        float[] sums = new float[n];
        for (int k = 0; k < block.length; k++) {
            sums[k % n] += block[k];
        }
        return sums;
    }

    private static void relu(float[] x, int length) {
        for (int k = 0; k < length; k++) {
            x[k] = Math.max(x[k], 0f);
        }
    }

    /** Replaces {@code x[0, length)} by ReLU's derivative there: 1 where x > 0, else 0. */
    private static void reluSlopes(float[] x, int length) {
        for (int k = 0; k < length; k++) {
            // without a branch (mispredicted half the time on such data), so that it vectorises: the
            // smallest positive float times 2²⁵⁴ is still above 1
            x[k] = Math.min(Math.max(x[k], 0f) * 0x1p127f * 0x1p127f, 1f);
        }
    }
}
