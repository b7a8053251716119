package org.example.dim.engine.dim;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The model's named parameters and their gradients, created once outside any workspace. Initialised
 * as PyTorch does, U(±1/√fan_in) for weights and biases, LayerNorm γ = 1 and β = 0, from one seeded
 * generator in the order the layers are created. Once the model is built, {@link #flat()} moves every
 * value and gradient into one contiguous array each (the parameters become views of them), so that the
 * optimiser and zeroing are a few operations rather than a few per parameter.
 */
final class Parameters {

    /** A parameter and the gradient a step accumulates into it (views of the flat arrays once flat). */
    static final class Parameter {
        private INDArray value;
        private INDArray gradient;

        private Parameter(INDArray value, INDArray gradient) {
            this.value = value;
            this.gradient = gradient;
        }

        INDArray value() {
            return value;
        }

        INDArray gradient() {
            return gradient;
        }
    }

    /** All values and all gradients, each one row in creation order. */
    record Flat(INDArray values, INDArray gradients) {
    }

    private final Map<String, Parameter> byName = new LinkedHashMap<>();
    private final Map<String, Long> offsets = new LinkedHashMap<>();
    private final Random random;
    private Flat flat;

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
        if (flat != null) {
            throw new IllegalStateException("parameter " + name + " added after the parameters were made flat");
        }
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

    /** The flat arrays; on the first call the parameters move into them, and no parameter can be added after. */
    Flat flat() {
        if (flat == null) {
            long total = 0;
            for (Map.Entry<String, Parameter> e : byName.entrySet()) {
                offsets.put(e.getKey(), total);
                total += e.getValue().value.length();
            }
            try (MemoryWorkspace none = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                flat = new Flat(Nd4j.create(DataType.FLOAT, 1, total), Nd4j.create(DataType.FLOAT, 1, total));
            }
            byName.forEach((name, p) -> {
                INDArray value = slice(flat.values(), name);
                value.assign(p.value);
                p.value = value;
                p.gradient = slice(flat.gradients(), name);
            });
        }
        return flat;
    }

    /** A parameter's part of a flat array (values, gradients or optimiser state), in the parameter's shape. */
    INDArray slice(INDArray flatArray, String name) {
        flat();
        long from = offsets.get(name);
        long[] shape = byName.get(name).value.shape();
        // An array on the flat array's buffer at the parameter's offset: a view by construction.
        return Nd4j.create(flatArray.data(), shape, Nd4j.getStrides(shape, 'c'), from, 'c');
    }

    /** Copies of all values by name, in creation order. */
    Map<String, float[]> values() {
        Map<String, float[]> out = new LinkedHashMap<>();
        byName.forEach((name, p) -> out.put(name, copy(p.value())));
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
        flat().gradients().assign(0);
    }

    /** The values of an array, which may be a view, in row-major order. */
    static float[] copy(INDArray a) {
        return a.dup('c').data().asFloat();
    }
}
