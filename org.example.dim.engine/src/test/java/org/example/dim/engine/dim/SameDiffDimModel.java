package org.example.dim.engine.dim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.example.dim.engine.dataset.SiteNetBatch;
import org.example.dim.engine.falsesample.Environment;
import org.example.dim.engine.falsesample.FalseSampleKind;
import org.example.dim.engine.falsesample.GeneratedBatch;
import org.example.dim.engine.falsesample.InBatchFalseSamples;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** {@link DimModel} on ND4J SameDiff, trained with AdamW (AMSGrad, ε = 1e-7, decoupled decay) as the reference. */
public final class SameDiffDimModel implements DimModel {

    static {
        NativeMemory.configure();
    }

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-7;

    private final DimConfig config;
    private final SameDiff sd;
    private final List<String> parameterNames;
    private final AmsGrad optimiser;

    public SameDiffDimModel(DimConfig config, long seed) {
        this.config = config;
        this.sd = new DimGraph(config, seed).sameDiff();
        List<String> names = new ArrayList<>();
        for (SDVariable v : sd.variables()) {
            if (v.getVariableType() == VariableType.VARIABLE) {
                names.add(v.name());
            }
        }
        names.sort(null);
        this.parameterNames = List.copyOf(names);
        this.optimiser = new AmsGrad();
        sd.setLogExecution(false);
    }

    /**
     * Builds the gradient graph once, with the loss variables set now. SameDiff 1.0.0-M2.1 prints a line to
     * stdout for every differentiated op, and stdout carries the command line's data, so it is redirected
     * to stderr meanwhile.
     */
    private void ensureGradients() {
        if (sd.hasGradientFunction()) {
            return;
        }
        synchronized (System.class) {
            java.io.PrintStream out = System.out;
            System.setOut(System.err);
            try {
                sd.createGradFunction();
            } finally {
                System.setOut(out);
            }
        }
    }

    /** The oracle covers the paper's objective; generated samples are checked by central differences. */
    private static void requireNone(GeneratedBatch generated) {
        if (!generated.isEmpty()) {
            throw new UnsupportedOperationException("the SameDiff oracle takes no generated samples");
        }
    }

    @Override
    public DimConfig config() {
        return config;
    }

    @Override
    public Losses trainStep(SiteNetBatch batch, InBatchFalseSamples falseSamples, GeneratedBatch generated,
            Random noise) {
        requireNone(generated);
        Map<String, INDArray> in = trainingInputs(batch, falseSamples, noise);
        ensureGradients();
        OutAndGrad result = sd.calculateGradientsAndOutputs(in, List.of(DimGraph.LOCAL_DIM, DimGraph.LOCAL_KL,
                DimGraph.GLOBAL_DIM, DimGraph.GLOBAL_KL), parameterNames);
        Losses losses = losses(result.getOutputs());
        optimiser.step(result.getGradients());
        release(in, result.getOutputs(), result.getGradients());
        return losses;
    }

    @Override
    public Losses evaluate(SiteNetBatch batch, InBatchFalseSamples falseSamples, GeneratedBatch generated,
            Random noise) {
        requireNone(generated);
        Map<String, INDArray> in = trainingInputs(batch, falseSamples, noise);
        Map<String, INDArray> out = sd.output(in, DimGraph.LOCAL_DIM, DimGraph.LOCAL_KL, DimGraph.GLOBAL_DIM,
                DimGraph.GLOBAL_KL);
        Losses losses = losses(out);
        release(in, out, Map.of());
        return losses;
    }

    /**
     * Gradients of one named objective alone (e.g. {@code "globalDim"}), to check that the parts are isolated.
     * The graph's gradient function is fixed by its first use, so call this on a fresh model only, and once.
     */
    Map<String, float[]> gradientsOf(String objective, SiteNetBatch batch, InBatchFalseSamples falseSamples,
            Random noise) {
        Map<String, INDArray> in = trainingInputs(batch, falseSamples, noise);
        sd.setLossVariables(objective);
        ensureGradients();
        Map<String, INDArray> g = sd.calculateGradients(in, parameterNames);
        Map<String, float[]> out = new TreeMap<>();
        g.forEach((name, value) -> out.put(name, value.dup().data().asFloat()));
        return out;
    }

    @Override
    public float[] embed(SiteNetBatch batch) {
        return infer(batch, DimGraph.CRYSTAL);
    }

    @Override
    public float[] embedLocalMean(SiteNetBatch batch) {
        return infer(batch, DimGraph.LOCAL_MEAN);
    }

    private float[] infer(SiteNetBatch batch, String output) {
        Map<String, INDArray> in = baseInputs(batch);
        Map<String, INDArray> out = sd.output(in, output);
        float[] values = out.get(output).dup().data().asFloat();
        release(in, out, Map.of());
        return values;
    }

    @Override
    public Map<String, float[]> parameters() {
        Map<String, float[]> p = new LinkedHashMap<>();
        for (String name : parameterNames) {
            p.put(name, sd.getArrForVarName(name).dup().data().asFloat());
        }
        return p;
    }

    @Override
    public Map<String, long[]> parameterShapes() {
        Map<String, long[]> p = new LinkedHashMap<>();
        for (String name : parameterNames) {
            p.put(name, sd.getArrForVarName(name).shape());
        }
        return p;
    }

    @Override
    public void setParameters(Map<String, float[]> values) {
        if (!values.keySet().equals(new java.util.HashSet<>(parameterNames))) {
            throw new IllegalArgumentException("parameters do not match this architecture: expected "
                    + parameterNames + ", got " + new TreeMap<>(values).keySet());
        }
        for (String name : parameterNames) {
            INDArray target = sd.getArrForVarName(name);
            float[] v = values.get(name);
            if (v.length != target.length()) {
                throw new IllegalArgumentException("parameter " + name + " has " + v.length + " values, expected "
                        + target.length());
            }
            target.assign(Nd4j.createFromArray(v).reshape(target.shape()));
        }
    }

    /** The oracle checks gradients; it is never checkpointed. */
    @Override
    public OptimiserState optimiserState() {
        throw new UnsupportedOperationException("the SameDiff oracle keeps no optimiser state");
    }

    @Override
    public void setOptimiserState(OptimiserState state) {
        throw new UnsupportedOperationException("the SameDiff oracle keeps no optimiser state");
    }

    @Override
    public String device() {
        String backend = Nd4j.getBackend().getClass().getSimpleName().replace("Backend", "");
        return "ND4J " + backend + " (" + Nd4j.getAffinityManager().getNumberOfDevices() + " device(s))";
    }

    /** Nothing to free beyond what the garbage collector reclaims with the graph; here for the interface's callers. */
    @Override
    public void close() {
    }

    private static Losses losses(Map<String, INDArray> out) {
        return new Losses(out.get(DimGraph.LOCAL_DIM).getDouble(0), out.get(DimGraph.LOCAL_KL).getDouble(0),
                out.get(DimGraph.GLOBAL_DIM).getDouble(0), out.get(DimGraph.GLOBAL_KL).getDouble(0));
    }

    /** Placeholders every pass needs: the batch itself. */
    private static Map<String, INDArray> baseInputs(SiteNetBatch batch) {
        int b = batch.sites();
        int l = batch.maxEnvironment();
        int c = batch.crystals();
        Map<String, INDArray> in = new HashMap<>();
        in.put(DimGraph.X, Nd4j.createFromArray(batch.siteFeatures()).reshape(b, SiteFeatures.COUNT));
        in.put(DimGraph.D, Nd4j.createFromArray(batch.distances()).reshape(b, l));
        in.put(DimGraph.MASK, Nd4j.createFromArray(batch.mask()).reshape(b, l));
        in.put(DimGraph.NBR, Nd4j.createFromArray(batch.neighbourIndex()));
        float[] pool = new float[c * b];
        int[] offsets = batch.crystalOffsets();
        for (int k = 0; k < c; k++) {
            for (int i = offsets[k]; i < offsets[k + 1]; i++) {
                pool[k * b + i] = 1f / (offsets[k + 1] - offsets[k]);
            }
        }
        in.put(DimGraph.POOL, Nd4j.createFromArray(pool).reshape(c, b));
        in.put(DimGraph.ASSIGN, oneHot(batch.crystalOfSite(), c));
        return in;
    }

    private Map<String, INDArray> trainingInputs(SiteNetBatch batch, InBatchFalseSamples falseSamples, Random noise) {
        Map<String, INDArray> in = baseInputs(batch);
        in.put(DimGraph.OTHER_ASSIGN, oneHot(falseSamples.otherCrystal(), batch.crystals()));
        in.put(DimGraph.NOISE_LOCAL, gaussian(noise, batch.sites(), config.localDim()));
        in.put(DimGraph.NOISE_GLOBAL, gaussian(noise, batch.crystals(), config.globalDim()));
        for (Map.Entry<FalseSampleKind, Environment> e : falseSamples.environments().entrySet()) {
            FalseSampleKind k = e.getKey();
            boolean local = ObjectiveKinds.LOCAL.contains(k);
            boolean engineered = ObjectiveKinds.ENGINEERED.contains(k);
            if (k != FalseSampleKind.OTHER_CRYSTAL && !config.falseSamples().contains(k) || !(local || engineered)) {
                continue;
            }
            in.put(DimGraph.neighbours(k), Nd4j.createFromArray(e.getValue().neighbours()));
            in.put(DimGraph.rows(k), Nd4j.createFromArray(e.getValue().rows()));
            if (engineered) {
                in.put(DimGraph.self(k), Nd4j.createFromArray(e.getValue().self()));
            }
        }
        return in;
    }

    private static INDArray oneHot(int[] index, int columns) {
        float[] m = new float[index.length * columns];
        for (int i = 0; i < index.length; i++) {
            m[i * columns + index[i]] = 1f;
        }
        return Nd4j.createFromArray(m).reshape(index.length, columns);
    }

    private static INDArray gaussian(Random random, int rows, int cols) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Nd4j.createFromArray(v).reshape(rows, cols);
    }

    /** Frees native memory now instead of when the garbage collector gets round to it (≈340 MB a step). */
    @SafeVarargs
    private static void release(Map<String, INDArray>... maps) {
        for (Map<String, INDArray> m : maps) {
            for (INDArray a : m.values()) {
                if (a != null && a.closeable()) {
                    a.close();
                }
            }
        }
    }

    /** AdamW with AMSGrad as PyTorch 1.10 computes it: decay, moments, max of second moments, bias correction. */
    private final class AmsGrad {
        private final Map<String, INDArray[]> state = new HashMap<>();
        private long step;

        void step(Map<String, INDArray> gradients) {
            step++;
            double lr = config.learningRate();
            double correction1 = 1 - Math.pow(BETA1, step);
            double correction2 = Math.sqrt(1 - Math.pow(BETA2, step));
            for (String name : parameterNames) {
                INDArray g = gradients.get(name);
                if (g == null) {
                    continue;
                }
                INDArray p = sd.getArrForVarName(name);
                INDArray[] s = state.computeIfAbsent(name, n -> new INDArray[] {Nd4j.zerosLike(p), Nd4j.zerosLike(p), Nd4j.zerosLike(p)});
                INDArray m = s[0];
                INDArray v = s[1];
                INDArray vMax = s[2];
                p.muli(1 - lr * config.weightDecay());
                m.muli(BETA1).addi(g.mul(1 - BETA1));
                v.muli(BETA2).addi(g.mul(g).muli(1 - BETA2));
                org.nd4j.linalg.ops.transforms.Transforms.max(vMax, v, false);
                INDArray denominator = org.nd4j.linalg.ops.transforms.Transforms.sqrt(vMax, true).divi(correction2)
                        .addi(EPSILON);
                p.subi(m.div(denominator).muli(lr / correction1));
            }
        }
    }
}
