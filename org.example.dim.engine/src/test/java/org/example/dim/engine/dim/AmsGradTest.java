package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/** The optimiser on the flat parameter arrays against PyTorch's AdamW-AMSGrad update written out by hand. */
class AmsGradTest {

    @Test
    void twoStepsMatchTheUpdateDoneByHandForEveryParameter() {
        Parameters params = new Parameters(1);
        Parameters.Parameter w = params.uniform("w", 1, 2, 2);
        Parameters.Parameter b = params.constant("b", 0.5f, 3);
        double[] start = concat(Parameters.copy(w.value()), Parameters.copy(b.value()));
        double lr = 0.1;
        double decay = 0.01;
        AmsGrad optimiser = new AmsGrad(params, lr, decay);
        double[][] gradients = {{1, -2, 0.5, 0, 3, -1, 0.25}, {-1, 1, 0.5, 2, 0, -3, 0.25}};
        double[] p = start.clone();
        double[] m = new double[p.length];
        double[] v = new double[p.length];
        double[] vmax = new double[p.length];
        for (int t = 1; t <= 2; t++) {
            double[] g = gradients[t - 1];
            params.zeroGradients();
            w.gradient().addi(Nd4j.createFromArray(new float[] {(float) g[0], (float) g[1], (float) g[2], (float) g[3]})
                    .reshape(2, 2));
            b.gradient().addi(Nd4j.createFromArray(new float[] {(float) g[4], (float) g[5], (float) g[6]}).reshape(1, 3));
            optimiser.step();
            for (int i = 0; i < p.length; i++) {
                p[i] *= 1 - lr * decay;
                m[i] = 0.9 * m[i] + 0.1 * g[i];
                v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                vmax[i] = Math.max(vmax[i], v[i]);
                double denominator = Math.sqrt(vmax[i]) / Math.sqrt(1 - Math.pow(0.999, t)) + 1e-7;
                p[i] -= lr / (1 - Math.pow(0.9, t)) * m[i] / denominator;
            }
        }
        assertArrayEquals(p, concat(Parameters.copy(w.value()), Parameters.copy(b.value())), 1e-5);
        assertEquals(optimiser.state().moments().get("b/vmax").length, 3, "state by parameter");
    }

    @Test
    void noParameterCanBeAddedOnceTheyAreFlat() {
        Parameters params = new Parameters(1);
        params.constant("a", 1f, 2);
        params.flat();
        assertThrows(IllegalStateException.class, () -> params.constant("b", 1f, 2));
    }

    private static double[] concat(float[] a, float[] b) {
        double[] out = new double[a.length + b.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = i < a.length ? a[i] : b[i - a.length];
        }
        return out;
    }
}
