package org.example.dim.engine.dim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * LayerNorm over each row (ε = 1e-5, biased variance, as PyTorch) and its backward pass, as ND4J ops: on
 * any backend. On the CPU the model runs {@link ActivationNorm}'s row loops instead.
 */
final class LayerNorm {

    static final double EPSILON = 1e-5;

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
        dGain.addi(dOut.mul(r.normalised()).sum(true, 0));
        dBias.addi(dOut.sum(true, 0));
        INDArray dn = dOut.mulRowVector(gain);
        INDArray meanDn = dn.mean(1).reshape(-1, 1);
        INDArray meanDnN = dn.mul(r.normalised()).mean(1).reshape(-1, 1);
        return dn.subiColumnVector(meanDn).subi(r.normalised().mulColumnVector(meanDnN))
                .muliColumnVector(r.inverseStd());
    }
}
