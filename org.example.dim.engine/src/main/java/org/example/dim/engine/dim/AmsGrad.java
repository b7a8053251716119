package org.example.dim.engine.dim;

import java.util.HashMap;
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
    private final Map<String, INDArray[]> state = new HashMap<>();
    private long step;

    AmsGrad(Parameters params, double learningRate, double weightDecay) {
        this.params = params;
        this.learningRate = learningRate;
        this.weightDecay = weightDecay;
        params.all().forEach((name, p) -> state.put(name, new INDArray[] {Nd4j.zerosLike(p.value()),
            Nd4j.zerosLike(p.value()), Nd4j.zerosLike(p.value())}));
    }

    /** The moments by "parameter/m", "parameter/v" and "parameter/vmax", and the step count. */
    OptimiserState state() {
        Map<String, float[]> moments = new java.util.LinkedHashMap<>();
        params.all().keySet().forEach(name -> {
            INDArray[] s = state.get(name);
            for (int i = 0; i < SLOTS.length; i++) {
                moments.put(name + "/" + SLOTS[i], s[i].data().asFloat());
            }
        });
        return new OptimiserState(step, moments);
    }

    void restore(OptimiserState saved) {
        params.all().forEach((name, p) -> {
            INDArray[] s = state.get(name);
            for (int i = 0; i < SLOTS.length; i++) {
                float[] v = saved.moments().get(name + "/" + SLOTS[i]);
                if (v == null || v.length != p.value().length()) {
                    throw new IllegalArgumentException("optimiser state lacks " + name + "/" + SLOTS[i]
                            + " of this architecture");
                }
                s[i].assign(Nd4j.createFromArray(v).reshape(p.value().shape()));
            }
        });
        step = saved.steps();
    }

    void step() {
        step++;
        double correction1 = 1 - Math.pow(BETA1, step);
        double correction2 = Math.sqrt(1 - Math.pow(BETA2, step));
        params.all().forEach((name, param) -> {
            INDArray g = param.gradient();
            INDArray p = param.value();
            INDArray[] s = state.get(name);
            p.muli(1 - learningRate * weightDecay);
            s[0].muli(BETA1).addi(g.mul(1 - BETA1));
            s[1].muli(BETA2).addi(g.mul(g).muli(1 - BETA2));
            Transforms.max(s[2], s[1], false);
            INDArray denominator = Transforms.sqrt(s[2], true).divi(correction2).addi(EPSILON);
            p.subi(s[0].div(denominator).muli(learningRate / correction1));
        });
    }
}
