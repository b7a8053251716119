package org.example.dim.engine.dim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The model's named parameters and their gradients, created once outside any workspace. Initialised
 * as PyTorch does, U(±1/√fan_in) for weights and biases, LayerNorm γ = 1 and β = 0, from one seeded
 * generator in the order the layers are created.
 */
final class Parameters {

    /** A parameter and the gradient a step accumulates into it. */
    record Parameter(INDArray value, INDArray gradient) {
    }

    private final Map<String, Parameter> byName = new LinkedHashMap<>();
    private final Random random;

    Parameters(long seed) {
        this.random = new Random(seed);
    }

    Parameter uniform(String name, double bound, int rows, int cols) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) ((2 * random.nextDouble() - 1) * bound);
        }
        return add(name, Nd4j.createFromArray(v).reshape(rows, cols));
    }

    Parameter constant(String name, float value, int cols) {
        return add(name, Nd4j.valueArrayOf(new long[] {1, cols}, value, DataType.FLOAT));
    }

    private Parameter add(String name, INDArray value) {
        if (byName.containsKey(name)) {
            throw new IllegalStateException("duplicate parameter " + name);
        }
        Parameter p = new Parameter(value, Nd4j.zerosLike(value));
        byName.put(name, p);
        return p;
    }

    Map<String, Parameter> all() {
        return byName;
    }

    void zeroGradients() {
        for (Parameter p : byName.values()) {
            p.gradient().assign(0);
        }
    }
}
