package org.example.dim.engine.dim;

import org.example.dim.engine.dim.DimConfig.Activation;
import org.example.dim.engine.dim.Parameters.Parameter;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Linear → activation → LayerNorm (ε = 1e-5, biased variance, as PyTorch), the hidden layer of every
 * Site-Net network. The affine part may be applied by the caller (the attention block splits it), so
 * the layer also runs from a pre-activation.
 */
final class HiddenLayer {

    private static final double EPSILON = 1e-5;

    final Affine affine;
    private final Parameter gain;
    private final Parameter bias;
    private final Activation activation;

    /** What the backward pass needs of one application. */
    record Trace(INDArray input, INDArray pre, INDArray normalised, INDArray inverseStd, INDArray out) {
    }

    HiddenLayer(Parameters params, String name, int in, int out, Activation activation) {
        this.affine = new Affine(params, name, in, out);
        this.gain = params.constant(name + "_ln_gain", 1f, out);
        this.bias = params.constant(name + "_ln_bias", 0f, out);
        this.activation = activation;
    }

    Trace forward(INDArray x) {
        return fromPreActivation(x, affine.forward(x));
    }

    Trace fromPreActivation(INDArray input, INDArray pre) {
        INDArray a = Tensors.activate(pre, activation);
        a.subiColumnVector(a.mean(1).reshape(-1, 1));
        // The biased variance from the row norms, without a squared copy: var = |a − μ|² / n.
        INDArray norms = a.norm2(1);
        INDArray inverseStd = norms.muli(norms).divi(a.size(1)).addi(EPSILON);
        inverseStd = Transforms.pow(inverseStd, -0.5, false).reshape(-1, 1);
        INDArray normalised = a.muliColumnVector(inverseStd);
        INDArray out = normalised.mulRowVector(gain.value()).addiRowVector(bias.value());
        return new Trace(input, pre, normalised, inverseStd, out);
    }

    /** Gradient of the pre-activation from that of the output; accumulates dγ and dβ. */
    INDArray backwardToPreActivation(Trace t, INDArray dOut) {
        gain.gradient().addi(dOut.mul(t.normalised()).sum(true, 0));
        bias.gradient().addi(dOut.sum(true, 0));
        INDArray dn = dOut.mulRowVector(gain.value());
        INDArray meanDn = dn.mean(1).reshape(-1, 1);
        INDArray meanDnN = dn.mul(t.normalised()).mean(1).reshape(-1, 1);
        INDArray da = dn.subiColumnVector(meanDn).subi(t.normalised().mulColumnVector(meanDnN))
                .muliColumnVector(t.inverseStd());
        return Tensors.activationBackward(t.pre(), da, activation);
    }

    /** Full backward through the affine part; returns dx, or null when not wanted. */
    INDArray backward(Trace t, INDArray dOut, boolean inputGradient) {
        return affine.backward(t.input(), backwardToPreActivation(t, dOut), inputGradient);
    }
}
