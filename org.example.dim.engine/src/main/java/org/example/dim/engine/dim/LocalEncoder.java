package org.example.dim.engine.dim;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.concurrent.Executor;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The Site-Net local encoder (reference §2.2): one attention block, one head, over the environment of
 * every site, giving the local representation z and the log-variance λ of its learnable noise.
 *
 * <p>A bond is {@code [h_i, h_j, e_ij]} (site embedding, neighbour embedding, pair embedding), and its
 * first layer is linear, so {@code bond·W = h_i·W_i + h_j·W_j + e_ij·W_e}: the site parts are
 * multiplied once per site and then gathered, instead of once per pair. Environments of engineered
 * false samples reuse the batch's embeddings by index (their sites, neighbours and distance rows are
 * the batch's own, rearranged), so they cost only the per-pair layers after the first.
 */
final class LocalEncoder {

    private final DimConfig config;
    final HiddenLayer site;
    final HiddenLayer pair;
    final HiddenLayer attentionHidden;
    final Affine attentionLogit;
    final HiddenLayer valueHidden;
    final HiddenLayer valueOut;
    final Affine representation;
    final Affine logVariance;

    LocalEncoder(Parameters params, DimConfig config) {
        this.config = config;
        DimConfig.Activation a = config.localActivation();
        int bond = 2 * config.siteDim() + config.interactionDim();
        site = new HiddenLayer(params, "site", org.example.dim.engine.sitenet.SiteFeatures.COUNT, config.siteDim(), a);
        pair = new HiddenLayer(params, "pair", 1, config.interactionDim(), a);
        attentionHidden = new HiddenLayer(params, "attn_hidden", bond, config.attentionHidden(), a);
        attentionLogit = new Affine(params, "attn_logit", config.attentionHidden(), 1);
        valueHidden = new HiddenLayer(params, "value_hidden", bond, config.attentionHidden(), a);
        valueOut = new HiddenLayer(params, "value_out", config.attentionHidden(), config.siteDim(), a);
        representation = new Affine(params, "z", config.siteDim(), config.localDim());
        logVariance = new Affine(params, "z_logvar", config.siteDim(), config.localDim());
    }

    /** The batch's site and pair embeddings and their products with the bond layers' weights. */
    final class Embeddings {
        final long l;
        final INDArray distances;
        final HiddenLayer.Trace sites;
        final HiddenLayer.Trace pairs;
        BondParts attention;
        BondParts value;

        Embeddings(INDArray scaledFeatures, INDArray distances) {
            this(scaledFeatures, distances, Runnable::run);
        }

        /** With the two bond layers' products shared with {@code helper}. */
        Embeddings(INDArray scaledFeatures, INDArray distances, Executor helper) {
            this.l = distances.size(1);
            this.distances = distances;
            sites = site.forward(scaledFeatures);
            pairs = pairEmbeddings(distances.reshape(-1, 1));
            SharedTasks.run(List.of(() -> attention = new BondParts(attentionHidden, sites.out(), pairs.out()),
                    () -> value = new BondParts(valueHidden, sites.out(), pairs.out())), helper);
        }
    }

    /**
     * The pair layer over the distances (one input: its affine map is {@code d·w + b}). On the host each row
     * is made inside the layer's row loop: as a product with an inner dimension of one, sgemm wrote the
     * 60,000 × 64 matrix at under 2 GFLOP/s before the layer read it again.
     */
    private HiddenLayer.Trace pairEmbeddings(INDArray d) {
        if (!pair.makesRowsOnHost() || !HostArrays.plain(d)) {
            return pair.forward(d);
        }
        float[] distance = HostArrays.copy(d);
        int n = (int) pair.affine.w.value().columns();
        float[] w = ActivationNorm.repeated(pair.affine.w.value(), n);
        float[] b = ActivationNorm.repeated(pair.affine.b.value(), n);
        return pair.fromRows(d, (first, count, x) -> {
            for (int r = 0; r < count; r++) {
                float dr = distance[first + r];
                for (int k = r * n; k < (r + 1) * n; k++) {
                    x[k] = dr * w[k] + b[k];
                }
            }
        }, distance.length);
    }

    /** {@code h·W_i}, {@code h·W_j} per site and {@code e·W_e} per pair for one bond layer. */
    final class BondParts {
        final HiddenLayer layer;
        final INDArray selfPart;
        final INDArray neighbourPart;
        final INDArray pairPart;
        /** Host copies of the site parts, for the row loop (null where it does not run). */
        private final float[] selfRows;
        private final float[] neighbourRows;

        BondParts(HiddenLayer layer, INDArray h, INDArray e) {
            this.layer = layer;
            selfPart = Gemm.product(h, rowsOf(layer, 0));
            neighbourPart = Gemm.product(h, rowsOf(layer, 1));
            pairPart = Gemm.product(e, rowsOf(layer, 2));
            boolean rowLoop = layer.makesRowsOnHost() && HostArrays.plain(selfPart) && HostArrays.plain(pairPart);
            selfRows = rowLoop ? HostArrays.copy(selfPart) : null;
            neighbourRows = rowLoop ? HostArrays.copy(neighbourPart) : null;
        }

        /**
         * The bond layer applied to an environment. On the host each block of pre-activation rows is
         * gathered and summed inside the layer's row loop: as ND4J ops (gathers, broadcast sums, each a
         * pass over the B·L × 64 matrix) it was written six times before the layer read it.
         */
        HiddenLayer.Trace forward(Environment env) {
            if (selfRows == null) {
                return layer.fromPreActivation(null, preActivation(env));
            }
            return layer.fromRows(null, new BondRows(env), env.neighbours().length);
        }

        /** The bond layer's pre-activation for an environment as ND4J ops (self and rows null: the batch's own). */
        INDArray preActivation(Environment env) {
            INDArray self = env.self == null ? selfPart : Tensors.gatherRows(selfPart, env.self);
            INDArray pre = env.rows == null ? pairPart.dup() : Tensors.gatherBlocks(pairPart, env.rows, env.l);
            Tensors.addPerPair(pre, self, env.l);
            return pre.addi(Tensors.gatherRows(neighbourPart, env.neighbours)).addiRowVector(layer.affine.b.value());
        }

        /** {@link #preActivation}'s rows, a block at a time, summed in the same order. */
        private final class BondRows implements ActivationNorm.RowSource {
            private final Environment env;
            private final int n = (int) pairPart.columns();
            private final int l;
            private final FloatBuffer pairs = HostArrays.floats(pairPart);
            private float[] bias;
            private float[] self;
            private float[] neighbour;

            BondRows(Environment env) {
                this.env = env;
                this.l = (int) env.l;
            }

            @Override
            public void rows(int first, int count, float[] x) {
                if (bias == null) {
                    bias = ActivationNorm.repeated(layer.affine.b.value(), n);
                    self = new float[x.length];
                    neighbour = new float[x.length];
                }
                for (int p = first; p < first + count;) {
                    // the pair parts: the own rows, or runs of the blocks of L rows that env.rows names
                    int run = Math.min(l - p % l, first + count - p);
                    int from = env.rows == null ? p : env.rows[p / l] * l + p % l;
                    pairs.get(from * n, x, (p - first) * n, run * n);
                    p += run;
                }
                for (int r = 0; r < count; r++) {
                    int p = first + r;
                    int site = env.self == null ? p / l : env.self[p / l];
                    System.arraycopy(selfRows, site * n, self, r * n, n);
                    System.arraycopy(neighbourRows, env.neighbours[p] * n, neighbour, r * n, n);
                }
                for (int k = 0; k < count * n; k++) {
                    x[k] = x[k] + self[k] + neighbour[k] + bias[k];
                }
            }
        }
    }

    /** Which sites, neighbours and distance rows an environment takes from the batch. */
    record Environment(int[] self, int[] neighbours, int[] rows, long l, INDArray distances, INDArray mask) {
    }

    /** One application of the encoder. */
    record Trace(Environment env, HiddenLayer.Trace attentionTrace, INDArray attention, HiddenLayer.Trace valueTrace,
            HiddenLayer.Trace outTrace, INDArray pooled, INDArray z, INDArray logVariance) {
    }

    Trace forward(Embeddings emb, Environment env) {
        HiddenLayer.Trace at = emb.attention.forward(env);
        INDArray logits = attentionLogit.forward(at.out()).reshape(-1, env.l);
        INDArray attention = Tensors.maskedSoftmax(logits, env.mask);
        HiddenLayer.Trace vt = emb.value.forward(env);
        HiddenLayer.Trace ot = valueOut.forward(vt.out());
        INDArray pooled = Tensors.weightedSum(ot.out(), attention);
        return new Trace(env, at, attention, vt, ot, pooled, representation.forward(pooled),
                logVariance.forward(pooled));
    }

    /**
     * Backward of the batch's own environment from dz and dλ (null: no noise), into every local parameter.
     * The attention and value paths meet only in the site and pair embeddings' gradients, so they are two
     * tasks (each with its own accumulators) shared with {@code helper}.
     */
    void backward(Embeddings emb, Trace t, INDArray dz, INDArray dLogVariance, Executor helper) {
        INDArray du = representation.backward(t.pooled(), dz, true);
        if (dLogVariance != null) {
            du.addi(logVariance.backward(t.pooled(), dLogVariance, true));
        }
        long l = emb.l;
        INDArray dSites = Nd4j.zerosLike(emb.sites.out());
        INDArray dPairs = Nd4j.zerosLike(emb.pairs.out());
        INDArray dSitesAttention = Nd4j.zerosLike(emb.sites.out());
        INDArray dPairsAttention = Nd4j.zerosLike(emb.pairs.out());
        Runnable attention = () -> {
            INDArray dAttention = Tensors.dotPerSite(t.outTrace().out(), du, l);
            INDArray dLogits = Tensors.softmaxBackward(t.attention(), dAttention).reshape(-1, 1);
            INDArray dAttentionHidden = attentionLogit.backward(t.attentionTrace().out(), dLogits, true);
            bondBackward(emb, emb.attention, attentionHidden.backwardToPreActivation(t.attentionTrace(),
                    dAttentionHidden), t.env(), dSitesAttention, dPairsAttention);
        };
        Runnable value = () -> {
            INDArray dValueHidden = valueOut.backward(t.outTrace(), Tensors.outerPerSite(t.attention(), du), true);
            bondBackward(emb, emb.value, valueHidden.backwardToPreActivation(t.valueTrace(), dValueHidden), t.env(),
                    dSites, dPairs);
        };
        SharedTasks.run(List.of(value, attention), helper);
        pair.backward(emb.pairs, dPairs.addi(dPairsAttention), false);
        site.backward(emb.sites, dSites.addi(dSitesAttention), false);
    }

    /** Splits a bond layer's pre-activation gradient into its site, neighbour and pair parts. */
    private void bondBackward(Embeddings emb, BondParts parts, INDArray dPre, Environment env, INDArray dSites,
            INDArray dPairs) {
        HiddenLayer layer = parts.layer;
        INDArray h = emb.sites.out();
        INDArray e = emb.pairs.out();
        Gemm.accumulateColumnSums(layer.affine.b.gradient(), dPre);
        INDArray dSelf = Tensors.sumOverEnvironment(dPre, emb.l);
        INDArray dNeighbour = Tensors.scatterAddRows(h.size(0), env.neighbours(), dPre);
        INDArray gradient = layer.affine.w.gradient();
        Gemm.accumulate(rowsOf(gradient, layer, 0), h.transpose(), dSelf);
        Gemm.accumulate(rowsOf(gradient, layer, 1), h.transpose(), dNeighbour);
        Gemm.accumulate(rowsOf(gradient, layer, 2), e.transpose(), dPre);
        Gemm.accumulate(dSites, dSelf, rowsOf(layer, 0).transpose());
        Gemm.accumulate(dSites, dNeighbour, rowsOf(layer, 1).transpose());
        Gemm.accumulate(dPairs, dPre, rowsOf(layer, 2).transpose());
    }

    private INDArray rowsOf(HiddenLayer layer, int part) {
        return rowsOf(layer.affine.w.value(), layer, part);
    }

    /** Rows of a bond weight (or its gradient) for part 0 (site), 1 (neighbour) or 2 (pair). */
    private INDArray rowsOf(INDArray weight, HiddenLayer layer, int part) {
        long s = config.siteDim();
        long from = part * s;
        long to = part < 2 ? from + s : weight.size(0);
        return weight.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
    }
}
