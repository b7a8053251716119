package org.example.dim.engine.dim;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * LayerNorm over each row (ε = 1e-5, biased variance, as PyTorch) and its backward pass. On the CPU the
 * two run as one loop over each row, in place in host memory: as chains of ND4J ops (row means and norms,
 * column broadcasts, each a pass over the whole matrix) they were a third of a training step, the local
 * encoder's matrices having one row per pair. Elsewhere they run as those ND4J ops.
 */
final class LayerNorm {

    private static final double EPSILON = 1e-5;

    /** The normalised rows (before gain and bias), each row's 1/σ as a column, and the output. */
    record Result(INDArray normalised, INDArray inverseStd, INDArray out) {
    }

    private LayerNorm() {
    }

    /** {@code γ ∘ (a − μ)/σ + β} per row; {@code a} may be overwritten. */
    static Result forward(INDArray a, INDArray gain, INDArray bias) {
        return HostArrays.plain(a) ? forwardOnHost(a, gain, bias) : forwardWithOps(a, gain, bias);
    }

    /** The gradient of the input from that of the output; adds dγ and dβ to {@code dGain} and {@code dBias}. */
    static INDArray backward(Result r, INDArray dOut, INDArray gain, INDArray dGain, INDArray dBias) {
        return HostArrays.plain(dOut) && HostArrays.plain(r.normalised())
                ? backwardOnHost(r, dOut, gain, dGain, dBias) : backwardWithOps(r, dOut, gain, dGain, dBias);
    }

    static Result forwardWithOps(INDArray a, INDArray gain, INDArray bias) {
        a.subiColumnVector(a.mean(1).reshape(-1, 1));
        // The biased variance from the row norms, without a squared copy: var = |a − μ|² / n.
        INDArray norms = a.norm2(1);
        INDArray inverseStd = norms.muli(norms).divi(a.size(1)).addi(EPSILON);
        inverseStd = Transforms.pow(inverseStd, -0.5, false).reshape(-1, 1);
        INDArray normalised = a.muliColumnVector(inverseStd);
        INDArray out = normalised.mulRowVector(gain).addiRowVector(bias);
        return new Result(normalised, inverseStd, out);
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

    static Result forwardOnHost(INDArray a, INDArray gain, INDArray bias) {
        int rows = (int) a.rows();
        int n = (int) a.columns();
        float[] g = gain.toFloatVector();
        float[] b = bias.toFloatVector();
        INDArray normalised = HostArrays.matrix(rows, n);
        INDArray inverseStd = HostArrays.matrix(rows, 1);
        INDArray out = HostArrays.matrix(rows, n);
        FloatBuffer in = HostArrays.floats(a);
        FloatBuffer norm = HostArrays.floats(normalised);
        FloatBuffer inv = HostArrays.floats(inverseStd);
        FloatBuffer o = HostArrays.floats(out);
        float[] row = new float[n];
        float[] normRow = new float[n];
        float[] outRow = new float[n];
        for (int r = 0; r < rows; r++) {
            in.get(r * n, row);
            float sum = 0;
            for (int j = 0; j < n; j++) {
                sum += row[j];
            }
            float mean = sum / n;
            float squares = 0;
            for (int j = 0; j < n; j++) {
                float d = row[j] - mean;
                squares += d * d;
            }
            float is = (float) (1 / Math.sqrt(squares / n + EPSILON));
            for (int j = 0; j < n; j++) {
                float v = (row[j] - mean) * is;
                normRow[j] = v;
                outRow[j] = v * g[j] + b[j];
            }
            norm.put(r * n, normRow);
            o.put(r * n, outRow);
            inv.put(r, is);
        }
        return new Result(normalised, inverseStd, out);
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
