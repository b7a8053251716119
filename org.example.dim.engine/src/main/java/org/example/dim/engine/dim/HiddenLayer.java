package org.example.dim.engine.dim;

import org.example.dim.engine.dim.DimConfig.Activation;
import org.example.dim.engine.dim.Parameters.Parameter;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Linear → activation → LayerNorm (ε = 1e-5, biased variance, as PyTorch), the hidden layer of every
 * Site-Net network. The affine part may be applied by the caller (the attention block splits it), so
 * the layer also runs from a pre-activation.
 */
final class HiddenLayer {

    final Affine affine;
    private final Parameter gain;
    private final Parameter bias;
    private final Activation activation;

    /** What the backward pass needs of one application. */
    record Trace(INDArray input, INDArray pre, LayerNorm.Result norm) {

        INDArray out() {
            return norm.out();
        }
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
        return new Trace(input, pre, ActivationNorm.forward(pre, activation, gain.value(), bias.value()));
    }

    /** Whether {@link #fromRows} can run: a host row loop for this layer's activation on this backend. */
    boolean makesRowsOnHost() {
        return ActivationNorm.onHost(activation);
    }

    /**
     * From a pre-activation of {@code rows} rows that {@code source} makes a block at a time, inside the row
     * loop (only where {@link #makesRowsOnHost}); the trace keeps it, and the layer's input (null: not
     * needed), for the backward pass.
     */
    Trace fromRows(INDArray input, ActivationNorm.RowSource source, long rows) {
        INDArray pre = HostArrays.matrix(rows, affine.b.value().columns());
        return new Trace(input, pre, ActivationNorm.forward(source, pre, gain.value(), bias.value()));
    }

    /** Gradient of the pre-activation from that of the output; accumulates dγ and dβ. */
    INDArray backwardToPreActivation(Trace t, INDArray dOut) {
        return ActivationNorm.backward(t.pre(), activation, t.norm(), dOut, gain.value(), gain.gradient(),
                bias.gradient());
    }

    /** Full backward through the affine part; returns dx, or null when not wanted. */
    INDArray backward(Trace t, INDArray dOut, boolean inputGradient) {
        return affine.backward(t.input(), backwardToPreActivation(t, dOut), inputGradient);
    }
}
