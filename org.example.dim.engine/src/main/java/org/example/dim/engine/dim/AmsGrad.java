package org.example.dim.engine.dim;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * AdamW with AMSGrad as PyTorch computes it (the reference's optimiser, §2.8): decoupled decay,
 * moments, the running maximum of the second moments, bias correction; ε = 1e-7.
 */
final class AmsGrad {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-7;
    private static final String[] SLOTS = {"m", "v", "vmax"};

    private final Parameters params;
    private final double learningRate;
    private final double weightDecay;
    /** m, v and vmax of all parameters, flat as the parameters' values. */
    private final INDArray[] state;
    private long step;

    AmsGrad(Parameters params, double learningRate, double weightDecay) {
        this.params = params;
        this.learningRate = learningRate;
        this.weightDecay = weightDecay;
        INDArray values = params.flat().values();
        this.state = new INDArray[] {Nd4j.zerosLike(values), Nd4j.zerosLike(values), Nd4j.zerosLike(values)};
    }

    /** The moments by "parameter/m", "parameter/v" and "parameter/vmax", and the step count. */
    OptimiserState state() {
        Map<String, float[]> moments = new java.util.LinkedHashMap<>();
        params.all().keySet().forEach(name -> {
            for (int i = 0; i < SLOTS.length; i++) {
                moments.put(name + "/" + SLOTS[i], Parameters.copy(params.slice(state[i], name)));
            }
        });
        return new OptimiserState(step, moments);
    }

    void restore(OptimiserState saved) {
        params.all().forEach((name, p) -> {
            for (int i = 0; i < SLOTS.length; i++) {
                float[] v = saved.moments().get(name + "/" + SLOTS[i]);
                if (v == null || v.length != p.value().length()) {
                    throw new IllegalArgumentException("optimiser state lacks " + name + "/" + SLOTS[i]
                            + " of this architecture");
                }
                params.slice(state[i], name).assign(Nd4j.createFromArray(v).reshape(p.value().shape()));
            }
        });
        step = saved.steps();
    }

    /** One update of all parameters at once, on the flat arrays (elementwise, so as parameter by parameter). */
    void step() {
        step++;
        double correction1 = 1 - Math.pow(BETA1, step);
        double correction2 = Math.sqrt(1 - Math.pow(BETA2, step));
        INDArray g = params.flat().gradients();
        INDArray p = params.flat().values();
        INDArray[] s = state;
        p.muli(1 - learningRate * weightDecay);
        s[0].muli(BETA1).addi(g.mul(1 - BETA1));
        s[1].muli(BETA2).addi(g.mul(g).muli(1 - BETA2));
        Transforms.max(s[2], s[1], false);
        INDArray denominator = Transforms.sqrt(s[2], true).divi(correction2).addi(EPSILON);
        p.subi(s[0].div(denominator).muli(learningRate / correction1));
    }
}
