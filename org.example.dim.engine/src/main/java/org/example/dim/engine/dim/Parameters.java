package org.example.dim.engine.dim;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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

    /** Copies of all values by name, in creation order. */
    Map<String, float[]> values() {
        Map<String, float[]> out = new LinkedHashMap<>();
        byName.forEach((name, p) -> out.put(name, p.value().data().asFloat()));
        return out;
    }

    Map<String, long[]> shapes() {
        Map<String, long[]> out = new LinkedHashMap<>();
        byName.forEach((name, p) -> out.put(name, p.value().shape()));
        return out;
    }

    /** Sets every parameter from {@code values}, which must name exactly this set. */
    void setAll(Map<String, float[]> values) {
        if (!values.keySet().equals(new HashSet<>(byName.keySet()))) {
            throw new IllegalArgumentException("parameters do not match this architecture: expected "
                    + new TreeMap<>(byName).keySet() + ", got " + new TreeMap<>(values).keySet());
        }
        setShared(values);
    }

    /** Sets the parameters that {@code values} also names (a transferred encoder); returns how many. */
    int setShared(Map<String, float[]> values) {
        int set = 0;
        for (Map.Entry<String, Parameter> e : byName.entrySet()) {
            float[] v = values.get(e.getKey());
            if (v == null) {
                continue;
            }
            INDArray target = e.getValue().value();
            if (v.length != target.length()) {
                throw new IllegalArgumentException("parameter " + e.getKey() + " has " + v.length
                        + " values, expected " + target.length());
            }
            target.assign(Nd4j.createFromArray(v).reshape(target.shape()));
            set++;
        }
        return set;
    }

    void zeroGradients() {
        for (Parameter p : byName.values()) {
            p.gradient().assign(0);
        }
    }
}
