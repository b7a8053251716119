package org.example.dim.engine.dim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The Site-Net global encoder (reference §2.4): pre-pooling layers on every site's local
 * representation, the mean over the crystal's sites, post-pooling, then the crystal representation G
 * and the log-variance of its noise. In DIM training it reads local representations as constants, so no gradient
 * reaches the local encoder from here (§2.6).
 */
final class GlobalEncoder {

    final HiddenLayer prePool1;
    final HiddenLayer prePool2;
    final HiddenLayer postPool;
    final Affine representation;
    final Affine logVariance;

    record Trace(HiddenLayer.Trace first, HiddenLayer.Trace second, INDArray pooled, HiddenLayer.Trace post,
            INDArray g, INDArray logVariance) {
    }

    GlobalEncoder(Parameters params, DimConfig config) {
        DimConfig.Activation a = config.globalActivation();
        prePool1 = new HiddenLayer(params, "prepool_1", config.localDim(), config.siteDim(), a);
        prePool2 = new HiddenLayer(params, "prepool_2", config.siteDim(), config.prePoolDim(), a);
        postPool = new HiddenLayer(params, "postpool", config.prePoolDim(), config.globalDim(), a);
        representation = new Affine(params, "G", config.globalDim(), config.globalDim());
        logVariance = new Affine(params, "G_logvar", config.globalDim(), config.globalDim());
    }

    Trace forward(INDArray z, INDArray pool) {
        HiddenLayer.Trace first = prePool1.forward(z);
        HiddenLayer.Trace second = prePool2.forward(first.out());
        INDArray pooled = Gemm.product(pool, second.out());
        HiddenLayer.Trace post = postPool.forward(pooled);
        return new Trace(first, second, pooled, post, representation.forward(post.out()),
                logVariance.forward(post.out()));
    }

    /**
     * Backward from dG and dλ (null: no noise) into the global encoder's parameters. With
     * {@code localGradient} (supervised fine-tuning, where one loss trains everything) it also returns the
     * gradient of the local representations; DIM training never asks for it (§2.6).
     */
    INDArray backward(Trace t, INDArray pool, INDArray dG, INDArray dLogVariance, boolean localGradient) {
        INDArray dh = representation.backward(t.post().out(), dG, true);
        if (dLogVariance != null) {
            dh.addi(logVariance.backward(t.post().out(), dLogVariance, true));
        }
        INDArray dPooled = postPool.backward(t.post(), dh, true);
        INDArray dSites = Gemm.product(pool.transpose(), dPooled);
        return prePool1.backward(t.first(), prePool2.backward(t.second(), dSites, true), localGradient);
    }
}
