package org.example.dim.engine.dim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.TreeMap;
import org.example.dim.engine.dataset.SiteNetBatch;
import org.example.dim.engine.falsesample.FalseSampleKind;
import org.example.dim.engine.falsesample.GeneratedBatch;
import org.example.dim.engine.falsesample.InBatchFalseSamples;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * {@link DimModel} on ND4J arrays with the backward pass written out (layer by layer, next to each
 * forward): on CPU or CUDA, whichever ND4J backend is on the classpath. Every array of a step lives in
 * one workspace that is reused step after step, so native memory stays flat and nothing waits for the
 * garbage collector. Trained with AdamW (AMSGrad, ε = 1e-7, decoupled decay) as the reference.
 *
 * <p>Gradient isolation (§2.6) is structural: the local encoder's backward pass starts only from the
 * local objective, and the global objective reads the local representations as constants.
 */
public final class Nd4jDimModel implements DimModel {

    private final DimConfig config;
    private final Parameters params;
    private final LocalEncoder local;
    private final LocalObjective localObjective;
    private final GlobalEncoder global;
    private final GlobalObjective globalObjective;
    private final AmsGrad optimiser;
    private final StepMemory memory = new StepMemory(this);
    private final StepHelper helper = new StepHelper(memory);

    public Nd4jDimModel(DimConfig config, long seed) {
        this.config = config;
        this.params = new Parameters(seed);
        this.local = new LocalEncoder(params, config);
        this.localObjective = new LocalObjective(params, config);
        this.global = new GlobalEncoder(params, config);
        this.globalObjective = new GlobalObjective(params, config);
        this.optimiser = new AmsGrad(params, config.learningRate(), config.weightDecay());
        OpThreads.acquire();
    }

    @Override
    public DimConfig config() {
        return config;
    }

    @Override
    public Losses trainStep(SiteNetBatch batch, InBatchFalseSamples falseSamples, GeneratedBatch generated,
            Random noise) {
        return run(batch, falseSamples, generated, noise, true, true);
    }

    @Override
    public Losses evaluate(SiteNetBatch batch, InBatchFalseSamples falseSamples, GeneratedBatch generated,
            Random noise) {
        return run(batch, falseSamples, generated, noise, false, false);
    }

    /** Gradients of the loss at the current parameters (copies), without a step: for tests. */
    Map<String, float[]> gradients(SiteNetBatch batch, InBatchFalseSamples falseSamples, Random noise) {
        return gradients(batch, falseSamples, GeneratedBatch.NONE, noise);
    }

    /** Gradients with generated samples (copies), without a step: for tests. */
    Map<String, float[]> gradients(SiteNetBatch batch, InBatchFalseSamples falseSamples, GeneratedBatch generated,
            Random noise) {
        run(batch, falseSamples, generated, noise, true, false);
        Map<String, float[]> out = new TreeMap<>();
        params.all().forEach((name, p) -> out.put(name, Parameters.copy(p.gradient())));
        return out;
    }

    /**
     * One forward pass, and with {@code backward} the gradients, then with {@code update} an optimiser step.
     * Once the batch's embeddings exist, the global branch (re-encoding the engineered false environments,
     * then the global encoder and objective) and the local branch (the batch's own environments, the local
     * objective, the local backward pass) touch disjoint parameters and gradients, so the global branch
     * runs on the model's second thread and waits only for the own local representations; independent parts
     * of the local branch are shared between both threads ({@link SharedTasks}). Each thread runs
     * single-threaded ND4J ops: on a small CPU that beats splitting every op across cores.
     */
    private Losses run(SiteNetBatch batch, InBatchFalseSamples falseSamples, GeneratedBatch generated, Random noise,
            boolean backward, boolean update) {
        try (MemoryWorkspace ws = memory.open()) {
            OpThreads.useOne();
            helper.beginStep();
            try {
                return step(batch, falseSamples, generated, noise, backward, update);
            } finally {
                helper.endStep(); // nothing of the step may run on after this thread's workspace closes
            }
        }
    }

    private Losses step(SiteNetBatch batch, InBatchFalseSamples falseSamples, GeneratedBatch generated, Random noise,
            boolean backward, boolean update) {
        BatchTensors in = new BatchTensors(batch).withTraining(falseSamples, noise, config);
        if (backward) {
            params.zeroGradients();
        }
        LocalEncoder.Embeddings emb = local.new Embeddings(in.features, in.distances, helper);
        CompletableFuture<LocalEncoder.Trace> ownReady = new CompletableFuture<>();
        Future<double[]> globalLosses = helper.submit(() -> globalBranch(in, emb, ownReady, generated, backward));
        double[] localLosses;
        try {
            LocalEncoder.Trace own = local.forward(emb, in.own);
            ownReady.complete(own);
            localLosses = localBranch(in, emb, own, backward);
        } catch (RuntimeException | Error e) {
            ownReady.completeExceptionally(e); // the global branch must not wait for ever
            throw e;
        }
        double[] g = StepHelper.await(globalLosses);
        if (update) {
            optimiser.step();
        }
        return new Losses(localLosses[0], localLosses[1], g[0], g[1]);
    }

    /** Local DIM and KL; with {@code backward}, their gradients into the local encoder and heads. */
    private double[] localBranch(BatchTensors in, LocalEncoder.Embeddings emb, LocalEncoder.Trace own,
            boolean backward) {
        LocalObjective.Trace dim = localObjective.forward(in, own.z(), own.logVariance(), helper);
        double[] losses = {dim.loss().getDouble(0), kl(own.z(), own.logVariance()).getDouble(0)};
        if (backward) {
            INDArray[] d = localObjective.backward(in, dim, config.dimWeight(), helper);
            addKlGradient(own.z(), own.logVariance(), config.klWeight(), d);
            local.backward(emb, own, d[0], d[1], helper);
        }
        return losses;
    }

    /**
     * Global DIM and KL; with {@code backward}, their gradients into the global encoder and heads only. The
     * generated structures are encoded here, forward only: the global objective reads local representations
     * as constants.
     */
    private double[] globalBranch(BatchTensors in, LocalEncoder.Embeddings emb,
            CompletableFuture<LocalEncoder.Trace> ownReady, GeneratedBatch generated, boolean backward) {
        List<INDArray> falseZ = new ArrayList<>();
        for (FalseSampleKind k : ObjectiveKinds.ENGINEERED) {
            LocalEncoder.Environment env = in.falseEnvironments.get(k);
            if (env != null) {
                falseZ.add(local.forward(emb, env).z());
            }
        }
        INDArray generatedZ = generated.isEmpty() ? null : localRepresentations(new BatchTensors(generated.structures()));
        LocalEncoder.Trace own = ownReady.join();
        GlobalEncoder.Trace crystal = global.forward(own.z(), in.pool);
        GlobalObjective.Trace dim = globalObjective.forward(in, crystal, own.z(), falseZ, generated, generatedZ);
        double[] losses = {dim.loss().getDouble(0), kl(crystal.g(), crystal.logVariance()).getDouble(0)};
        if (backward) {
            INDArray dNoisy = globalObjective.backward(in, dim, config.dimWeight());
            INDArray[] d = {dNoisy.dup(), dNoisy.mul(in.globalNoise).muli(dim.spread()).muli(0.5)};
            addKlGradient(crystal.g(), crystal.logVariance(), config.klWeight(), d);
            global.backward(crystal, in.pool, d[0], d[1], false);
        }
        return losses;
    }

    /** The reference's KL of the learnable noise, mean(½μ² + e^λ − λ) (its §6, item 4). */
    private static INDArray kl(INDArray mu, INDArray logVariance) {
        return mu.mul(mu).muli(0.5).addi(Transforms.exp(logVariance, true)).subi(logVariance).mean();
    }

    private static void addKlGradient(INDArray mu, INDArray logVariance, double weight, INDArray[] d) {
        double scale = weight / mu.length();
        d[0].addi(mu.mul(scale));
        d[1].addi(Transforms.exp(logVariance, true).subi(1.0).muli(scale));
    }

    @Override
    public float[] embed(SiteNetBatch batch) {
        try (MemoryWorkspace ws = memory.open()) {
            BatchTensors in = new BatchTensors(batch);
            return global.forward(localRepresentations(in), in.pool).g().data().asFloat();
        }
    }

    @Override
    public float[] embedLocalMean(SiteNetBatch batch) {
        try (MemoryWorkspace ws = memory.open()) {
            BatchTensors in = new BatchTensors(batch);
            return Gemm.product(in.pool, localRepresentations(in)).data().asFloat();
        }
    }

    /** The local representations z of every site of a batch (B × localDim), in the current workspace. */
    private INDArray localRepresentations(BatchTensors in) {
        return local.forward(local.new Embeddings(in.features, in.distances), in.own).z();
    }

    @Override
    public Map<String, float[]> parameters() {
        return params.values();
    }

    @Override
    public Map<String, long[]> parameterShapes() {
        return params.shapes();
    }

    @Override
    public void setParameters(Map<String, float[]> values) {
        params.setAll(values);
    }

    @Override
    public OptimiserState optimiserState() {
        return optimiser.state();
    }

    @Override
    public void setOptimiserState(OptimiserState state) {
        optimiser.restore(state);
    }

    @Override
    public String device() {
        return ComputeDevice.installed();
    }

    /** Frees this model's workspaces (on the threads that own them) and its second thread; idempotent. */
    @Override
    public void close() {
        if (helper.isClosed()) {
            return;
        }
        helper.close();
        memory.destroy();
        OpThreads.release();
    }
}
