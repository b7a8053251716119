package org.example.dim.engine.dim;

import org.example.dim.engine.dim.Parameters.Parameter;
import org.nd4j.linalg.api.ndarray.INDArray;

/** An affine layer {@code x·W + b} with its backward pass; gradients accumulate into the parameters. */
final class Affine {

    final Parameter w;
    final Parameter b;

    Affine(Parameters params, String name, int in, int out) {
        double bound = 1.0 / Math.sqrt(in);
        w = params.uniform(name + "_W", bound, in, out);
        b = params.uniform(name + "_b", bound, 1, out);
    }

    INDArray forward(INDArray x) {
        return Gemm.product(x, w.value()).addiRowVector(b.value());
    }

    /** Accumulates dW and db for output gradient {@code dy}; returns dx, or null when not wanted. */
    INDArray backward(INDArray x, INDArray dy, boolean inputGradient) {
        Gemm.accumulate(w.gradient(), x.transpose(), dy);
        Gemm.accumulateColumnSums(b.gradient(), dy);
        return inputGradient ? Gemm.product(dy, w.value().transpose()) : null;
    }
}
