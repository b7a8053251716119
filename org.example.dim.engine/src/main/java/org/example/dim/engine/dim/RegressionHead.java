package org.example.dim.engine.dim;

import org.nd4j.linalg.api.ndarray.INDArray;

/** The supervised head of Site-Net fine-tuning (reference §4.3): G → 64 → Mish → 1. */
final class RegressionHead {

    static final int HIDDEN = 64;
    /** Prefix of the head's parameter names, which no encoder parameter has. */
    static final String PREFIX = "head_";

    private final Affine hidden;
    private final Affine out;

    record Trace(INDArray g, INDArray pre, INDArray activated, INDArray prediction) {
    }

    RegressionHead(Parameters params, DimConfig config) {
        hidden = new Affine(params, PREFIX + "hidden", config.globalDim(), HIDDEN);
        out = new Affine(params, PREFIX + "out", HIDDEN, 1);
    }

    Trace forward(INDArray g) {
        INDArray pre = hidden.forward(g);
        INDArray activated = Tensors.activate(pre, DimConfig.Activation.MISH);
        return new Trace(g, pre, activated, out.forward(activated));
    }

    /** Accumulates the head's gradients for dPrediction (C × 1); returns dG. */
    INDArray backward(Trace t, INDArray dPrediction) {
        INDArray dActivated = out.backward(t.activated(), dPrediction, true);
        INDArray dPre = Tensors.activationBackward(t.pre(), dActivated, DimConfig.Activation.MISH);
        return hidden.backward(t.g(), dPre, true);
    }
}
