package org.example.dim.engine.dim;

import java.util.ArrayList;
import java.util.List;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Local Deep InfoMax (reference §2.3): the noisy local representation of a site, upscaled to a query,
 * scores the pairs of its environment (neighbour features and distance, upscaled) against the pairs of
 * false environments, with the Jensen–Shannon softplus loss weighted by {@code 1/(d+1)²} per pair.
 *
 * <p>Scores are dot products with the pair network's last linear layer, {@code (h·W₂ + b₂)·q =
 * h·(W₂q) + b₂·q}, so each site's query is projected once into the hidden space instead of every pair
 * being projected into the query space.
 */
final class LocalObjective {

    final Upscaler query;
    final Upscaler pairSample;

    LocalObjective(Parameters params, DimConfig config) {
        DimConfig.Activation a = config.localActivation();
        query = new Upscaler(params, "local_query", config.localDim(), config.dotHidden(), config.dotSpace(), a);
        pairSample = new Upscaler(params, "pair_sample", SiteFeatures.COUNT + 1, config.dotHidden(), config.dotSpace(), a);
    }

    /** One environment's scored pairs. */
    private record Scored(LocalEncoder.Environment env, double sign, double factor, INDArray pre, INDArray hidden,
            INDArray t, INDArray weights) {
    }

    /** What the backward pass needs. */
    record Trace(INDArray noisy, INDArray spread, Upscaler.Trace query, INDArray projected, INDArray offset,
            INDArray featurePart, List<Scored> scored, INDArray loss) {
    }

    /**
     * The local DIM loss: mean over crystals of the mean over their sites of (true term + mean of the false
     * kinds' terms).
     */
    Trace forward(BatchTensors in, INDArray z, INDArray logVariance) {
        INDArray spread = Transforms.exp(logVariance.mul(0.5), false);
        INDArray noisy = spread.mul(in.localNoise).addi(z);
        Upscaler.Trace q = query.forward(noisy);
        INDArray w2 = pairSample.last.w.value();
        INDArray projected = q.out().mmul(w2.transpose());
        INDArray offset = q.out().mmul(pairSample.last.b.value().transpose());
        INDArray featurePart = in.features.mmul(featureRows(pairSample.first.w.value()));
        List<Scored> scored = new ArrayList<>();
        scored.add(score(in.own, -1, 1, featurePart, projected, offset));
        List<LocalEncoder.Environment> falseOnes = new ArrayList<>();
        in.falseEnvironments.forEach((k, env) -> {
            if (ObjectiveKinds.LOCAL.contains(k)) {
                falseOnes.add(env);
            }
        });
        for (LocalEncoder.Environment env : falseOnes) {
            scored.add(score(env, 1, 1.0 / falseOnes.size(), featurePart, projected, offset));
        }
        INDArray perSite = null;
        for (Scored s : scored) {
            INDArray js = Tensors.softplus(s.t().mul(s.sign()));
            INDArray term = js.muli(s.weights()).sum(true, 1).muli(s.factor());
            perSite = perSite == null ? term : perSite.addi(term);
        }
        return new Trace(noisy, spread, q, projected, offset, featurePart, scored,
                perSite.muli(in.siteWeight).sum());
    }

    /** Normalised pair weights {@code mask/(d+1)²}, summing to one per site, and the scores t. */
    private Scored score(LocalEncoder.Environment env, double sign, double factor, INDArray featurePart,
            INDArray projected, INDArray offset) {
        INDArray pre = Tensors.gatherRows(featurePart, env.neighbours())
                .addi(env.distances().reshape(-1, 1).mmul(distanceRow(pairSample.first.w.value())))
                .addiRowVector(pairSample.first.b.value());
        INDArray hidden = Tensors.activate(pre, pairSample.activation());
        INDArray t = Tensors.dotPerSite(hidden, projected, env.l()).addiColumnVector(offset);
        INDArray weights = env.mask().div(Transforms.pow(env.distances().add(1.0), 2, false));
        weights.diviColumnVector(weights.sum(true, 1));
        return new Scored(env, sign, factor, pre, hidden, t, weights);
    }

    /** Backward from the loss (times {@code weight}); returns dz and dλ. */
    INDArray[] backward(BatchTensors in, Trace tr, double weight) {
        INDArray dProjected = tr.projected().mul(0);
        INDArray dOffset = tr.offset().mul(0);
        INDArray w1 = pairSample.first.w.gradient();
        for (Scored s : tr.scored()) {
            INDArray dScore = in.siteWeight.mul(weight * s.factor());
            INDArray dt = Tensors.sigmoid(s.t().mul(s.sign())).muli(s.weights()).muliColumnVector(dScore).muli(s.sign());
            dProjected.addi(Tensors.weightedSum(s.hidden(), dt));
            dOffset.addi(dt.sum(true, 1));
            INDArray dPre = Tensors.activationBackward(s.pre(), Tensors.outerPerSite(dt, tr.projected()),
                    pairSample.activation());
            featureRows(w1).addi(in.features.transpose().mmul(
                    Tensors.scatterAddRows(in.sites, s.env().neighbours(), dPre)));
            distanceRow(w1).addi(s.env().distances().reshape(1, -1).mmul(dPre));
            pairSample.first.b.gradient().addi(dPre.sum(true, 0));
        }
        INDArray q = tr.query().out();
        pairSample.last.w.gradient().addi(dProjected.transpose().mmul(q));
        pairSample.last.b.gradient().addi(dOffset.transpose().mmul(q));
        INDArray dq = dProjected.mmul(pairSample.last.w.value()).addi(dOffset.mmul(pairSample.last.b.value()));
        INDArray dNoisy = query.backward(tr.query(), dq, true);
        INDArray dLogVariance = dNoisy.mul(in.localNoise).muli(tr.spread()).muli(0.5);
        return new INDArray[] {dNoisy, dLogVariance};
    }

    private static INDArray featureRows(INDArray w) {
        return w.get(NDArrayIndex.interval(0, SiteFeatures.COUNT), NDArrayIndex.all());
    }

    private static INDArray distanceRow(INDArray w) {
        return w.get(NDArrayIndex.interval(SiteFeatures.COUNT, SiteFeatures.COUNT + 1), NDArrayIndex.all());
    }
}
