package org.example.dim.engine.dim;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The local objective's pair scores as one host loop over the pairs (ReLU on the CPU backend): each pair's
 * hidden row {@code ReLU(f[neighbour] + d·w_d + b)} is made, kept and dotted with its site's projected
 * query in one pass. As ND4J ops the 60,000 × 64 rows were written four times (gather, a product with an
 * inner dimension of one, two sums) and read again for the activation and the dot products.
 */
final class PairScores {

    /** The hidden rows (B·L × n) and the scores t (B × L). */
    record Result(INDArray hidden, INDArray t) {
    }

    /**
     * The gradients from those of the scores: of the projected queries (sites × n), and of the first
     * layer's parts: the feature part summed per neighbour site (sites × n), the distance row and the
     * bias (1 × n each).
     */
    record Gradients(INDArray dProjected, INDArray dFeaturePart, INDArray dDistanceRow, INDArray dBias) {
    }

    private PairScores() {
    }

    /**
     * @param featurePart each site's features times the first layer's feature rows (sites × n)
     * @param distanceRow the first layer's distance row w_d (1 × n)
     * @param bias        the first layer's bias (1 × n)
     * @param projected   each site's query projected into the hidden space (sites × n)
     * @param offset      each site's query dotted with the last layer's bias (sites × 1)
     */
    static Result of(LocalEncoder.Environment env, INDArray featurePart, INDArray distanceRow, INDArray bias,
            INDArray projected, INDArray offset) {
        int n = (int) featurePart.columns();
        int l = (int) env.l();
        int pairs = env.neighbours().length;
        float[] features = HostArrays.copy(featurePart);
        float[] queries = HostArrays.copy(projected);
        float[] offsets = HostArrays.copy(offset);
        float[] distances = HostArrays.copy(env.distances());
        float[] w = ActivationNorm.repeated(distanceRow, n);
        float[] b = ActivationNorm.repeated(bias, n);
        float[] x = new float[w.length];
        float[] q = new float[w.length];
        float[] t = new float[pairs];
        INDArray hidden = HostArrays.matrix(pairs, n);
        FloatBuffer hiddenBuffer = HostArrays.floats(hidden);
        for (int first = 0; first < pairs; first += ActivationNorm.BLOCK_ROWS) {
            int count = Math.min(ActivationNorm.BLOCK_ROWS, pairs - first);
            for (int r = 0; r < count; r++) {
                int p = first + r;
                System.arraycopy(features, env.neighbours()[p] * n, x, r * n, n);
                System.arraycopy(queries, p / l * n, q, r * n, n);
            }
            for (int r = 0; r < count; r++) {
                int p = first + r;
                float d = distances[p];
                int o = r * n;
                for (int k = o; k < o + n; k++) {
                    x[k] = Math.max(x[k] + d * w[k] + b[k], 0f); // summed as the ops: (f + d·w) + b
                }
                t[p] = ActivationNorm.dot(x, q, o, o + n) + offsets[p / l];
            }
            hiddenBuffer.put(first * n, x, 0, count * n);
        }
        return new Result(hidden, Nd4j.createFromArray(t).reshape(pairs / l, l));
    }

    /**
     * Backward from the scores' gradient {@code dt} (B × L) in one pass over the hidden rows: each pair's
     * gradient row is made and summed into every place it goes while in cache, never stored. As ND4J ops it
     * was a 60,000 × 64 matrix written by two broadcasts and the activation's derivative, then read by a
     * weighted sum, a scatter, a product and a column sum.
     */
    static Gradients backward(LocalEncoder.Environment env, INDArray hidden, INDArray dt, INDArray projected) {
        int n = (int) hidden.columns();
        int l = (int) env.l();
        int pairs = (int) hidden.rows();
        int sites = (int) projected.rows();
        float[] queries = HostArrays.copy(projected);
        float[] dScores = HostArrays.copy(dt);
        float[] distances = HostArrays.copy(env.distances());
        float[] dProjected = new float[sites * n];
        float[] dFeature = new float[sites * n];
        float[] h = new float[ActivationNorm.BLOCK_ROWS * n];
        float[] q = new float[h.length];
        float[] dDistance = new float[h.length];
        float[] dBias = new float[h.length];
        FloatBuffer hiddenBuffer = HostArrays.floats(hidden);
        for (int first = 0; first < pairs; first += ActivationNorm.BLOCK_ROWS) {
            int count = Math.min(ActivationNorm.BLOCK_ROWS, pairs - first);
            hiddenBuffer.get(first * n, h, 0, count * n);
            for (int r = 0; r < count; r++) {
                System.arraycopy(queries, (first + r) / l * n, q, r * n, n);
            }
            for (int r = 0; r < count; r++) {
                int p = first + r;
                float c = dScores[p];
                float d = distances[p];
                int o = r * n;
                addScaled(dProjected, p / l * n, h, o, n, c); // Σ_l dt·hidden, per site
                for (int k = o; k < o + n; k++) {
                    // the pre-activation's gradient: ReLU's derivative (read from its output) × dt × query
                    float g = Math.min(h[k] * 0x1p127f * 0x1p127f, 1f) * (c * q[k]);
                    h[k] = g;
                    dBias[k] += g;
                    dDistance[k] += d * g;
                }
                addScaled(dFeature, env.neighbours()[p] * n, h, o, n, 1f); // to the neighbour's features
            }
        }
        return new Gradients(matrix(dProjected, sites, n), matrix(dFeature, sites, n),
                matrix(ActivationNorm.foldRows(dDistance, n), 1, n), matrix(ActivationNorm.foldRows(dBias, n), 1, n));
    }

    /** {@code into[at + j] += c·x[from + j]} for {@code j < n}. */
    private static void addScaled(float[] into, int at, float[] x, int from, int n, float c) {
        for (int j = 0; j < n; j++) {
            into[at + j] += c * x[from + j];
        }
    }

    private static INDArray matrix(float[] values, int rows, int cols) {
        return Nd4j.createFromArray(values).reshape(rows, cols);
    }
}
