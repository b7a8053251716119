package org.example.dim.engine.dim;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * LayerNorm over each row (ε = 1e-5, biased variance, as PyTorch) and its backward pass. The forward pass
 * is a few ND4J ops. On the CPU the backward pass is one loop over each row in host memory: as ND4J ops
 * (row means, column sums and broadcasts, each a pass over the whole matrix) it took 20 ms for the local
 * encoder's 60,000 × 64 matrices (one row per pair), the loop 6.5 ms. The same loop made the forward pass
 * slower (8 ms against 6.5), so that stays as ops. Elsewhere the backward pass runs as ops too.
 */
final class LayerNorm {

    private static final double EPSILON = 1e-5;

    /** The normalised rows (before gain and bias), each row's 1/σ as a column, and the output. */
    record Result(INDArray normalised, INDArray inverseStd, INDArray out) {
    }

    private LayerNorm() {
    }

    /** {@code γ ∘ (a − μ)/σ + β} per row; overwrites {@code a} with the normalised rows. */
    static Result forward(INDArray a, INDArray gain, INDArray bias) {
        a.subiColumnVector(a.mean(1).reshape(-1, 1));
        // The biased variance from the row norms, without a squared copy: var = |a − μ|² / n.
        INDArray norms = a.norm2(1);
        INDArray inverseStd = norms.muli(norms).divi(a.size(1)).addi(EPSILON);
        inverseStd = Transforms.pow(inverseStd, -0.5, false).reshape(-1, 1);
        INDArray normalised = a.muliColumnVector(inverseStd);
        INDArray out = normalised.mulRowVector(gain).addiRowVector(bias);
        return new Result(normalised, inverseStd, out);
    }

    /** The gradient of the input from that of the output; adds dγ and dβ to {@code dGain} and {@code dBias}. */
    static INDArray backward(Result r, INDArray dOut, INDArray gain, INDArray dGain, INDArray dBias) {
        return HostArrays.plain(dOut) && HostArrays.plain(r.normalised())
                ? backwardOnHost(r, dOut, gain, dGain, dBias) : backwardWithOps(r, dOut, gain, dGain, dBias);
    }

    static INDArray backwardWithOps(Result r, INDArray dOut, INDArray gain, INDArray dGain, INDArray dBias) {
        dGain.addi(dOut.mul(r.normalised()).sum(true, 0));
        dBias.addi(dOut.sum(true, 0));
        INDArray dn = dOut.mulRowVector(gain);
        INDArray meanDn = dn.mean(1).reshape(-1, 1);
        INDArray meanDnN = dn.mul(r.normalised()).mean(1).reshape(-1, 1);
        return dn.subiColumnVector(meanDn).subi(r.normalised().mulColumnVector(meanDnN))
                .muliColumnVector(r.inverseStd());
    }

    static INDArray backwardOnHost(Result r, INDArray dOut, INDArray gain, INDArray dGain, INDArray dBias) {
        int rows = (int) dOut.rows();
        int n = (int) dOut.columns();
        float[] g = gain.toFloatVector();
        float[] sumDOutN = new float[n];
        float[] sumDOut = new float[n];
        INDArray dIn = HostArrays.matrix(rows, n);
        FloatBuffer dy = HostArrays.floats(dOut);
        FloatBuffer norm = HostArrays.floats(r.normalised());
        FloatBuffer da = HostArrays.floats(dIn);
        float[] inv = r.inverseStd().toFloatVector();
        float[] dyRow = new float[n];
        float[] normRow = new float[n];
        float[] dn = new float[n];
        for (int i = 0; i < rows; i++) {
            dy.get(i * n, dyRow);
            norm.get(i * n, normRow);
            float meanDn = 0;
            float meanDnN = 0;
            for (int j = 0; j < n; j++) {
                sumDOutN[j] += dyRow[j] * normRow[j];
                sumDOut[j] += dyRow[j];
                dn[j] = dyRow[j] * g[j];
                meanDn += dn[j];
                meanDnN += dn[j] * normRow[j];
            }
            meanDn /= n;
            meanDnN /= n;
            for (int j = 0; j < n; j++) {
                dn[j] = (dn[j] - meanDn - normRow[j] * meanDnN) * inv[i];
            }
            da.put(i * n, dn);
        }
        dGain.addi(org.nd4j.linalg.factory.Nd4j.createFromArray(sumDOutN).reshape(1, n));
        dBias.addi(org.nd4j.linalg.factory.Nd4j.createFromArray(sumDOut).reshape(1, n));
        return dIn;
    }
}
