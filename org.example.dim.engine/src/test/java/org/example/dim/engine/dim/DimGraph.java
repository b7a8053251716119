package org.example.dim.engine.dim;

import java.util.ArrayList;
import java.util.List;
import org.example.dim.engine.falsesample.FalseSampleKind;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ops.impl.controlflow.compat.StopGradient;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The Site-Net Deep InfoMax graph (reference §2), built in one readable place.
 *
 * <p>Everything lies on the batch's flat site axis (B sites, environments of L positions, C
 * crystals); pairs are flattened to B·L rows. Pooling is a product with the C × B matrix
 * {@code pool} (1/P_c for the sites of crystal c), so no shape is fixed when the graph is built.
 *
 * <p>Gradient isolation (§2.6): the global objective reads the local representations through a
 * stop-gradient, and so do its engineered false samples, so one loss {@code loss = local + global}
 * gives the local parameters exactly the local gradient and the global parameters the global one;
 * with AdamW's per-parameter updates that is the reference's two optimisers.
 */
final class DimGraph {

    static final String X = "x";
    static final String D = "d";
    static final String MASK = "mask";
    static final String NBR = "nbr";
    static final String POOL = "pool";
    static final String ASSIGN = "assign";
    static final String OTHER_ASSIGN = "otherAssign";
    static final String NOISE_LOCAL = "noiseLocal";
    static final String NOISE_GLOBAL = "noiseGlobal";
    static final String CRYSTAL = "G";
    static final String LOCAL_MEAN = "zMean";
    static final String LOCAL_DIM = "localDim";
    static final String LOCAL_KL = "localKl";
    static final String GLOBAL_DIM = "globalDim";
    static final String GLOBAL_KL = "globalKl";
    static final String LOSS = "loss";

    static String self(FalseSampleKind k) {
        return "self_" + k.name();
    }

    static String neighbours(FalseSampleKind k) {
        return "nbr_" + k.name();
    }

    static String rows(FalseSampleKind k) {
        return "rows_" + k.name();
    }

    private final SameDiff sd = SameDiff.create();
    private final DimConfig config;
    private final Layers layers;

    // Local block (§2.2–2.3).
    private final Layers.Hidden siteEmbedding;
    private final Layers.Hidden pairEmbedding;
    private final Layers.Hidden attentionHidden;
    private final Layers.Dense attentionLogit;
    private final Layers.Hidden valueHidden;
    private final Layers.Hidden valueOut;
    private final Layers.Dense localRepresentation;
    private final Layers.Dense localLogVariance;
    private final Layers.Upscaler localQuery;
    private final Layers.Upscaler pairSample;
    // Global block (§2.4–2.5).
    private final Layers.Hidden prePool1;
    private final Layers.Hidden prePool2;
    private final Layers.Hidden postPool;
    private final Layers.Dense crystalRepresentation;
    private final Layers.Dense crystalLogVariance;
    private final Layers.Upscaler globalQuery;
    private final Layers.Upscaler environmentSample;

    private final SDVariable xScaled;
    private final SDVariable d;
    private final SDVariable mask;

    DimGraph(DimConfig config, long seed) {
        this.config = config;
        this.layers = new Layers(sd, seed);
        DimConfig.Activation la = config.localActivation();
        DimConfig.Activation ga = config.globalActivation();
        int f = SiteFeatures.COUNT;
        siteEmbedding = layers.new Hidden("site", f, config.siteDim(), la);
        pairEmbedding = layers.new Hidden("pair", 1, config.interactionDim(), la);
        int bond = 2 * config.siteDim() + config.interactionDim();
        attentionHidden = layers.new Hidden("attn_hidden", bond, config.attentionHidden(), la);
        attentionLogit = layers.new Dense("attn_logit", config.attentionHidden(), 1);
        valueHidden = layers.new Hidden("value_hidden", bond, config.attentionHidden(), la);
        valueOut = layers.new Hidden("value_out", config.attentionHidden(), config.siteDim(), la);
        localRepresentation = layers.new Dense("z", config.siteDim(), config.localDim());
        localLogVariance = layers.new Dense("z_logvar", config.siteDim(), config.localDim());
        localQuery = layers.new Upscaler("local_query", config.localDim(), config.dotHidden(), config.dotSpace(), la);
        pairSample = layers.new Upscaler("pair_sample", f + 1, config.dotHidden(), config.dotSpace(), la);
        prePool1 = layers.new Hidden("prepool_1", config.localDim(), config.siteDim(), ga);
        prePool2 = layers.new Hidden("prepool_2", config.siteDim(), config.prePoolDim(), ga);
        postPool = layers.new Hidden("postpool", config.prePoolDim(), config.globalDim(), ga);
        crystalRepresentation = layers.new Dense("G", config.globalDim(), config.globalDim());
        crystalLogVariance = layers.new Dense("G_logvar", config.globalDim(), config.globalDim());
        globalQuery = layers.new Upscaler("global_query", config.globalDim(), config.dotHidden(), config.dotSpace(), ga);
        environmentSample = layers.new Upscaler("environment_sample", config.localDim(), config.dotHidden(),
                config.dotSpace(), ga);

        SDVariable x = sd.placeHolder(X, DataType.FLOAT, -1, f);
        xScaled = x.mul(sd.constant(Nd4j.createFromArray(SiteFeatures.scales()).reshape(1, f)));
        d = sd.placeHolder(D, DataType.FLOAT, -1, -1);
        mask = sd.placeHolder(MASK, DataType.FLOAT, -1, -1);
        SDVariable nbr = sd.placeHolder(NBR, DataType.INT, -1);
        SDVariable pool = sd.placeHolder(POOL, DataType.FLOAT, -1, -1);
        SDVariable assign = sd.placeHolder(ASSIGN, DataType.FLOAT, -1, -1);

        // Inference: the local means and the crystal representation, no noise.
        SDVariable[] local = encodeLocal(null, nbr, d, mask);
        SDVariable z = local[0];
        SDVariable zDetached = stop(z);
        sd.mmul(LOCAL_MEAN, pool, z);
        SDVariable[] crystal = encodeCrystal(zDetached, pool);
        sd.identity(CRYSTAL, crystal[0]);

        buildObjectives(z, local[1], zDetached, crystal, nbr, pool, assign);
    }

    /**
     * Local encoder (§2.2): z and its log-variance λ for every site, from a (possibly rewritten) environment.
     * Gathers touch only input data, never parameters: ND4J 1.0.0-M2.1 cannot differentiate several
     * gathers in one graph, so neighbours are embedded from their gathered features, and per-site values
     * meet their pairs by broadcasting over a B × L × width view.
     */
    private SDVariable[] encodeLocal(SDVariable self, SDVariable nbr, SDVariable dRows, SDVariable maskRows) {
        SDVariable hi = siteEmbedding.apply(self == null ? xScaled : sd.gather(xScaled, self, 0));
        SDVariable hj = siteEmbedding.apply(sd.gather(xScaled, nbr, 0));
        SDVariable e = pairEmbedding.apply(dRows.reshape(-1, 1));
        SDVariable bond = sd.concat(1, perPair(hi, dRows, config.siteDim()), hj, e);
        SDVariable logits = attentionLogit.apply(attentionHidden.apply(bond));
        // Padding gets -1e9 before the softmax; the own position (d = 0) is always real, so no row is empty.
        SDVariable masked = sd.reshape(logits, sd.shape(dRows)).add(maskRows.sub(1.0).mul(1e9));
        SDVariable attention = sd.expandDims(sd.nn.softmax(masked, 1), 2);
        SDVariable values = sd.reshape(valueOut.apply(valueHidden.apply(bond)), pairShape(dRows, config.siteDim()));
        SDVariable u = sd.sum(values.mul(attention), 1);
        return new SDVariable[] {localRepresentation.apply(u), localLogVariance.apply(u)};
    }

    /** Each site's row repeated for its L pair positions: B × w → (B·L) × w. */
    private SDVariable perPair(SDVariable perSite, SDVariable dRows, int width) {
        SDVariable ones = sd.expandDims(dRows.mul(0.0).add(1.0), 2);
        return sd.expandDims(perSite, 1).mul(ones).reshape(-1, width);
    }

    /** The dynamic shape [B, L, width]. */
    private SDVariable pairShape(SDVariable dRows, int width) {
        return sd.concat(0, sd.shape(dRows), sd.constant(Nd4j.createFromArray(new long[] {width})));
    }

    /** Global encoder (§2.4): crystal representation G and its log-variance from detached local representations. */
    private SDVariable[] encodeCrystal(SDVariable zDetached, SDVariable pool) {
        SDVariable sites = prePool2.apply(prePool1.apply(zDetached));
        SDVariable h = postPool.apply(sd.mmul(pool, sites));
        return new SDVariable[] {crystalRepresentation.apply(h), crystalLogVariance.apply(h)};
    }

    private void buildObjectives(SDVariable z, SDVariable logVar, SDVariable zDetached, SDVariable[] crystal,
            SDVariable nbr, SDVariable pool, SDVariable assign) {
        // Local DIM (§2.3): the noisy z scores its own pairs against false ones.
        SDVariable noiseLocal = sd.placeHolder(NOISE_LOCAL, DataType.FLOAT, -1, config.localDim());
        SDVariable query = localQuery.apply(z.add(sd.math.exp(logVar.mul(0.5)).mul(noiseLocal)));
        SDVariable localSite = pairScore(query, nbr, d, mask, true);
        List<SDVariable> localFalse = new ArrayList<>();
        for (FalseSampleKind k : ObjectiveKinds.LOCAL) {
            if (k == FalseSampleKind.OTHER_CRYSTAL || config.falseSamples().contains(k)) {
                SDVariable rows = rowsPlaceholder(k);
                SDVariable kNbr = neighboursPlaceholder(k);
                localFalse.add(pairScore(query, kNbr, sd.gather(d, rows, 0), sd.gather(mask, rows, 0), false));
            }
        }
        SDVariable localDim = crystalMean(localSite.add(mean(localFalse)), pool);
        sd.identity(LOCAL_DIM, localDim);
        SDVariable localKl = kl(z, logVar);
        sd.identity(LOCAL_KL, localKl);

        // Global DIM (§2.5): the noisy G scores the crystal's own environments against false ones.
        SDVariable noiseGlobal = sd.placeHolder(NOISE_GLOBAL, DataType.FLOAT, -1, config.globalDim());
        SDVariable g = globalQuery.apply(crystal[0].add(sd.math.exp(crystal[1].mul(0.5)).mul(noiseGlobal)));
        SDVariable ownG = sd.mmul(assign, g);
        SDVariable otherG = sd.mmul(sd.placeHolder(OTHER_ASSIGN, DataType.FLOAT, -1, -1), g);
        SDVariable environment = environmentSample.apply(zDetached);
        SDVariable globalSite = softplus(dot(ownG, environment).neg());
        List<SDVariable> globalFalse = new ArrayList<>();
        globalFalse.add(softplus(dot(otherG, environment)));
        for (FalseSampleKind k : ObjectiveKinds.ENGINEERED) {
            if (config.falseSamples().contains(k)) {
                SDVariable rows = rowsPlaceholder(k);
                SDVariable falseZ = stop(encodeLocal(selfPlaceholder(k), neighboursPlaceholder(k),
                        sd.gather(d, rows, 0), sd.gather(mask, rows, 0))[0]);
                globalFalse.add(softplus(dot(ownG, environmentSample.apply(falseZ))));
            }
        }
        SDVariable globalDim = crystalMean(globalSite.add(mean(globalFalse)), pool);
        sd.identity(GLOBAL_DIM, globalDim);
        SDVariable globalKl = kl(crystal[0], crystal[1]);
        sd.identity(GLOBAL_KL, globalKl);

        double a = config.dimWeight();
        double b = config.klWeight();
        SDVariable loss = localDim.mul(a).add(localKl.mul(b)).add(globalDim.mul(a)).add(globalKl.mul(b));
        sd.identity(LOSS, loss);
        sd.setLossVariables(LOSS);
    }

    /**
     * Distance-weighted Jensen–Shannon term of each site over the pairs of an environment: positives
     * {@code softplus(−T)}, false ones {@code softplus(T)}, weights {@code mask/(d+1)²} normalised per site.
     */
    private SDVariable pairScore(SDVariable query, SDVariable nbr, SDVariable dRows, SDVariable maskRows,
            boolean positive) {
        SDVariable pairs = sd.concat(1, sd.gather(xScaled, nbr, 0), dRows.reshape(-1, 1));
        SDVariable samples = sd.reshape(pairSample.apply(pairs), pairShape(dRows, config.dotSpace()));
        SDVariable t = sd.sum(samples.mul(sd.expandDims(query, 1)), 2);
        SDVariable js = softplus(positive ? t.neg() : t);
        SDVariable w = maskRows.div(sd.math.square(dRows.add(1.0)));
        return sd.sum(js.mul(w), 1).div(sd.sum(w, 1));
    }

    /** Mean over each crystal's sites, then over crystals. */
    private SDVariable crystalMean(SDVariable perSite, SDVariable pool) {
        return sd.mean(sd.mmul(pool, perSite.reshape(-1, 1)));
    }

    /** The reference's KL of the learnable noise, mean(½μ² + e^λ − λ) (its §6, item 4). */
    private SDVariable kl(SDVariable mu, SDVariable logVar) {
        return sd.mean(sd.math.square(mu).mul(0.5).add(sd.math.exp(logVar)).sub(logVar));
    }

    private SDVariable mean(List<SDVariable> terms) {
        SDVariable sum = terms.get(0);
        for (int i = 1; i < terms.size(); i++) {
            sum = sum.add(terms.get(i));
        }
        return sum.div(terms.size());
    }

    private SDVariable dot(SDVariable a, SDVariable b) {
        return sd.sum(a.mul(b), 1);
    }

    private SDVariable softplus(SDVariable x) {
        return sd.nn.softplus(x);
    }

    private SDVariable stop(SDVariable x) {
        return new StopGradient(sd, x).outputVariable();
    }

    private SDVariable selfPlaceholder(FalseSampleKind k) {
        return placeholder(self(k));
    }

    private SDVariable neighboursPlaceholder(FalseSampleKind k) {
        return placeholder(neighbours(k));
    }

    private SDVariable rowsPlaceholder(FalseSampleKind k) {
        return placeholder(rows(k));
    }

    /** A placeholder the local and the global objective may share (false polymorph and composition). */
    private SDVariable placeholder(String name) {
        return sd.hasVariable(name) ? sd.getVariable(name) : sd.placeHolder(name, DataType.INT, -1);
    }

    SameDiff sameDiff() {
        return sd;
    }
}
