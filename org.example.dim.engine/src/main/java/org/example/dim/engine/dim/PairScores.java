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
        int blockRows = w.length / n;
        for (int first = 0; first < pairs; first += blockRows) {
            int count = Math.min(blockRows, pairs - first);
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
}
