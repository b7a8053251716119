package org.example.dim.engine.dim;

import java.util.Map;
import java.util.Random;
import org.example.dim.engine.dataset.SiteNetBatch;
import org.example.dim.engine.falsesample.GeneratedBatch;
import org.example.dim.engine.falsesample.InBatchFalseSamples;

/**
 * The seam between training and the tensor library: what the trainer, the embedder and the model
 * file need from a Site-Net DIM model. {@link Nd4jDimModel} implements it on ND4J arrays (CPU, or
 * CUDA when that backend is on the classpath); another library would implement it again.
 */
public interface DimModel extends AutoCloseable {

    DimConfig config();

    /**
     * One optimisation step on a batch, with samples generated from its crystals (the global objective
     * scores them against their source crystal); returns the losses before the step.
     */
    Losses trainStep(SiteNetBatch batch, InBatchFalseSamples falseSamples, GeneratedBatch generated, Random noise);

    /** The losses of a batch without changing the model (noise is drawn, as the reference does). */
    Losses evaluate(SiteNetBatch batch, InBatchFalseSamples falseSamples, GeneratedBatch generated, Random noise);

    /** One optimisation step on a batch with in-batch false samples only. */
    default Losses trainStep(SiteNetBatch batch, InBatchFalseSamples falseSamples, Random noise) {
        return trainStep(batch, falseSamples, GeneratedBatch.NONE, noise);
    }

    /** The losses of a batch with in-batch false samples only. */
    default Losses evaluate(SiteNetBatch batch, InBatchFalseSamples falseSamples, Random noise) {
        return evaluate(batch, falseSamples, GeneratedBatch.NONE, noise);
    }

    /** Crystal representations G, C × globalDim, row-major, without noise. */
    float[] embed(SiteNetBatch batch);

    /** Mean local representation of each crystal, C × localDim, row-major. */
    float[] embedLocalMean(SiteNetBatch batch);

    /** All parameters by name (copies), and the optimiser's step count. */
    Map<String, float[]> parameters();

    Map<String, long[]> parameterShapes();

    void setParameters(Map<String, float[]> values);

    /** The optimiser's state, for a checkpoint. */
    OptimiserState optimiserState();

    void setOptimiserState(OptimiserState state);

    /** Names the backend and device, e.g. "ND4J CPU (1 device)". */
    String device();

    @Override
    void close();
}
