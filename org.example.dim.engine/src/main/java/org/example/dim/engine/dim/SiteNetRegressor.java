package org.example.dim.engine.dim;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.example.dim.engine.dataset.SiteNetBatch;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Site-Net for supervised regression (reference §4.3): the DIM model's local and global encoders
 * without noise, then {@link RegressionHead}, trained end to end on the mean squared error of
 * standardised labels with one AdamW (AMSGrad). It starts from random weights or from a trained DIM
 * model's encoders, which are the same parameters by name, so the paper's transfer experiment compares
 * the two with the same head initialisation.
 */
public final class SiteNetRegressor implements AutoCloseable {

    private final DimConfig config;
    private final Parameters params;
    private final LocalEncoder local;
    private final GlobalEncoder global;
    private final RegressionHead head;
    private final AmsGrad optimiser;
    private final StepMemory memory = new StepMemory(this);
    private double labelMean;
    private double labelScale = 1;

    public SiteNetRegressor(DimConfig config, long seed) {
        this.config = config;
        this.params = new Parameters(seed);
        this.local = new LocalEncoder(params, config);
        this.global = new GlobalEncoder(params, config);
        this.head = new RegressionHead(params, config);
        this.optimiser = new AmsGrad(params, config.learningRate(), config.weightDecay());
    }

    public DimConfig config() {
        return config;
    }

    /**
     * Copies a trained DIM model's encoder weights; its DIM heads have no counterpart here, and this
     * model's regression head keeps its initialisation.
     *
     * @throws IllegalArgumentException when the model's encoder has another architecture
     */
    public void startFrom(DimModel pretrained) {
        Map<String, long[]> theirs = pretrained.parameterShapes();
        Map<String, float[]> weights = pretrained.parameters();
        Map<String, float[]> encoder = new HashMap<>();
        params.all().forEach((name, p) -> {
            if (!name.startsWith(RegressionHead.PREFIX)) {
                long[] shape = theirs.get(name);
                if (shape == null || !Arrays.equals(shape, p.value().shape())) {
                    throw new IllegalArgumentException("the pre-trained model's encoder differs from this one at "
                            + name + ": " + (shape == null ? "missing" : Arrays.toString(shape)) + ", expected "
                            + Arrays.toString(p.value().shape()));
                }
                encoder.put(name, weights.get(name));
            }
        });
        params.setShared(encoder);
    }

    /** Labels are learnt as (y − mean)/scale, predictions returned in label units. */
    void setLabelScaling(double mean, double scale) {
        if (!(scale > 0) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("label scaling needs a finite mean and a positive scale");
        }
        this.labelMean = mean;
        this.labelScale = scale;
    }

    /** One optimisation step on a batch; returns the batch's mean squared error in standardised units. */
    double trainStep(SiteNetBatch batch, double[] labels) {
        double loss = lossAndGradients(batch, labels);
        optimiser.step();
        return loss;
    }

    /** The mean squared error of standardised labels at the current parameters, and its gradients. */
    double lossAndGradients(SiteNetBatch batch, double[] labels) {
        try (MemoryWorkspace ws = memory.open()) {
            BatchTensors in = new BatchTensors(batch);
            params.zeroGradients();
            LocalEncoder.Embeddings emb = local.new Embeddings(in.features, in.distances);
            LocalEncoder.Trace own = local.forward(emb, in.own);
            GlobalEncoder.Trace crystal = global.forward(own.z(), in.pool);
            RegressionHead.Trace h = head.forward(crystal.g());
            INDArray error = h.prediction().sub(standardised(labels));
            double rms = error.norm2Number().doubleValue();
            INDArray dG = head.backward(h, error.muli(2.0 / labels.length));
            local.backward(emb, own, global.backward(crystal, in.pool, dG, null, true), null, Runnable::run);
            return rms * rms / labels.length;
        }
    }

    /** Copies of the gradients the last {@link #lossAndGradients} left, by parameter name. */
    Map<String, float[]> gradients() {
        Map<String, float[]> out = new HashMap<>();
        params.all().forEach((name, p) -> out.put(name, Parameters.copy(p.gradient())));
        return out;
    }

    /** Predictions in label units, one per crystal of the batch. */
    public double[] predict(SiteNetBatch batch) {
        return embedAndPredict(batch, false).predictions();
    }

    /**
     * One pass of a batch: each crystal's vector G (or with {@code localMean} its mean local representation), as
     * a DIM model with this encoder embeds it, and its prediction in label units.
     */
    public DimEmbedder.BatchOutput embedAndPredict(SiteNetBatch batch, boolean localMean) {
        try (MemoryWorkspace ws = memory.open()) {
            BatchTensors in = new BatchTensors(batch);
            INDArray z = local.forward(local.new Embeddings(in.features, in.distances), in.own).z();
            INDArray g = global.forward(z, in.pool).g();
            double[] out = head.forward(g).prediction().data().asDouble();
            for (int i = 0; i < out.length; i++) {
                out[i] = out[i] * labelScale + labelMean;
            }
            return new DimEmbedder.BatchOutput((localMean ? Gemm.product(in.pool, z) : g).data().asFloat(), out);
        }
    }

    /** Predictions for every crystal of a source, in its order, in batches of at most {@code batchSites} sites. */
    public double[] predict(CrystalSource crystals, int batchSites) {
        return new DimEmbedder(this, batchSites).embedAndPredict(crystals, false, TrainingProgress.NONE).predictions();
    }

    private INDArray standardised(double[] labels) {
        float[] y = new float[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) ((labels[i] - labelMean) / labelScale);
        }
        return Nd4j.createFromArray(y).reshape(y.length, 1);
    }

    Map<String, float[]> parameters() {
        return params.values();
    }

    /**
     * Writes this model's encoder into a DIM model of the same architecture (its DIM heads are kept), so that
     * the fine-tuned encoder embeds, and the model file carries it.
     */
    public void copyEncoderTo(DimModel dim) {
        Map<String, float[]> merged = new HashMap<>(dim.parameters());
        params.values().forEach((name, v) -> {
            if (!name.startsWith(RegressionHead.PREFIX)) {
                if (!merged.containsKey(name)) {
                    throw new IllegalArgumentException("the DIM model has no parameter " + name);
                }
                merged.put(name, v);
            }
        });
        dim.setParameters(merged);
    }

    /** The regression head's weights by name (copies). */
    public Map<String, float[]> headParameters() {
        Map<String, float[]> out = new HashMap<>();
        params.values().forEach((name, v) -> {
            if (name.startsWith(RegressionHead.PREFIX)) {
                out.put(name, v);
            }
        });
        return out;
    }

    /** The shapes of {@link #headParameters()}. */
    public Map<String, long[]> headShapes() {
        Map<String, long[]> out = new HashMap<>();
        params.shapes().forEach((name, shape) -> {
            if (name.startsWith(RegressionHead.PREFIX)) {
                out.put(name, shape);
            }
        });
        return out;
    }

    public double labelMean() {
        return labelMean;
    }

    public double labelScale() {
        return labelScale;
    }

    /** Restores a fine-tuned model: every parameter of this architecture from {@code values}, and the label scaling. */
    void restore(Map<String, float[]> values, double mean, double scale) {
        int set = params.setShared(values);
        if (set != params.all().size()) {
            throw new IllegalArgumentException("the model file lacks " + (params.all().size() - set)
                    + " parameters of the fine-tuned model (its regression head?)");
        }
        setLabelScaling(mean, scale);
    }

    void setParameters(Map<String, float[]> values) {
        params.setAll(values);
    }

    @Override
    public void close() {
        memory.destroy();
    }
}
