package org.example.dim.engine.dim;

import org.example.dim.engine.dim.DimConfig.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Linear → activation → Linear, without norms: the upscaling networks of the DIM heads. */
final class Upscaler {

    final Affine first;
    final Affine last;
    private final Activation activation;

    record Trace(INDArray input, INDArray pre, INDArray hidden, INDArray out) {
    }

    Upscaler(Parameters params, String name, int in, int hidden, int out, Activation activation) {
        this.first = new Affine(params, name + "_1", in, hidden);
        this.last = new Affine(params, name + "_2", hidden, out);
        this.activation = activation;
    }

    Trace forward(INDArray x) {
        INDArray pre = first.forward(x);
        INDArray hidden = Tensors.activate(pre, activation);
        return new Trace(x, pre, hidden, last.forward(hidden));
    }

    INDArray backward(Trace t, INDArray dOut, boolean inputGradient) {
        INDArray dHidden = last.backward(t.hidden(), dOut, true);
        return first.backward(t.input(), Tensors.activationBackward(t.pre(), dHidden, activation), inputGradient);
    }

    Activation activation() {
        return activation;
    }
}
