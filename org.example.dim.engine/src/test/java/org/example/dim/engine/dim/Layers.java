package org.example.dim.engine.dim;

import java.util.Random;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The building blocks of the graph: affine layers and layer norms whose parameters are created once
 * (named, seeded as PyTorch initialises them: U(±1/√fan_in) for weights and biases, LayerNorm γ = 1,
 * β = 0) and applied as often as needed, so that the false-sample passes share the encoder's weights.
 */
final class Layers {

    private final SameDiff sd;
    private final Random random;

    Layers(SameDiff sd, long seed) {
        this.sd = sd;
        this.random = new Random(seed);
    }

    /** An affine layer {@code x·W + b}. */
    final class Dense {
        private final SDVariable w;
        private final SDVariable b;

        Dense(String name, int in, int out) {
            double bound = 1.0 / Math.sqrt(in);
            w = sd.var(name + "_W", uniform(bound, in, out));
            b = sd.var(name + "_b", uniform(bound, 1, out));
        }

        SDVariable apply(SDVariable x) {
            return x.mmul(w).add(b);
        }
    }

    /** Layer normalisation over the last axis of a matrix, ε = 1e-5. */
    final class Norm {
        private final SDVariable gain;
        private final SDVariable bias;

        Norm(String name, int width) {
            gain = sd.var(name + "_gain", Nd4j.ones(DataType.FLOAT, width));
            bias = sd.var(name + "_bias", Nd4j.zeros(DataType.FLOAT, width));
        }

        SDVariable apply(SDVariable x) {
            return sd.nn.layerNorm(x, gain, bias, false, 1);
        }
    }

    /** Linear → activation → LayerNorm, the hidden layer of every Site-Net MLP. */
    final class Hidden {
        private final Dense dense;
        private final Norm norm;
        private final DimConfig.Activation activation;

        Hidden(String name, int in, int out, DimConfig.Activation activation) {
            this.dense = new Dense(name, in, out);
            this.norm = new Norm(name + "_ln", out);
            this.activation = activation;
        }

        SDVariable apply(SDVariable x) {
            return norm.apply(activate(dense.apply(x), activation));
        }
    }

    /** Linear → activation → Linear, without norms: the upscaling networks of the DIM heads. */
    final class Upscaler {
        private final Dense first;
        private final Dense last;
        private final DimConfig.Activation activation;

        Upscaler(String name, int in, int hidden, int out, DimConfig.Activation activation) {
            this.first = new Dense(name + "_1", in, hidden);
            this.last = new Dense(name + "_2", hidden, out);
            this.activation = activation;
        }

        SDVariable apply(SDVariable x) {
            return last.apply(activate(first.apply(x), activation));
        }
    }

    SDVariable activate(SDVariable x, DimConfig.Activation activation) {
        return switch (activation) {
            case RELU -> sd.nn.relu(x, 0);
            // x·tanh(softplus(x)): ND4J's own Mish op has no gradient in 1.0.0-M2.1.
            case MISH -> x.mul(sd.math.tanh(sd.nn.softplus(x)));
        };
    }

    private org.nd4j.linalg.api.ndarray.INDArray uniform(double bound, int rows, int cols) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) ((2 * random.nextDouble() - 1) * bound);
        }
        return Nd4j.createFromArray(v).reshape(rows, cols);
    }
}
