package org.example.dim.engine.dim;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Global Deep InfoMax (reference §2.5): the noisy crystal representation, upscaled, scores the
 * crystal's own local environments against those of another crystal and against the re-encoded
 * environments of its engineered false samples (false composition, polymorph, permutation).
 */
final class GlobalObjective {

    final Upscaler query;
    final Upscaler environmentSample;

    private record Term(Upscaler.Trace environment, INDArray own, double sign, double factor, INDArray x) {
    }

    record Trace(INDArray spread, Upscaler.Trace query, INDArray ownQuery, INDArray otherQuery, List<Term> terms,
            INDArray loss) {
    }

    GlobalObjective(Parameters params, DimConfig config) {
        DimConfig.Activation a = config.globalActivation();
        query = new Upscaler(params, "global_query", config.globalDim(), config.dotHidden(), config.dotSpace(), a);
        environmentSample = new Upscaler(params, "environment_sample", config.localDim(), config.dotHidden(),
                config.dotSpace(), a);
    }

    /**
     * @param z          the batch's local representations (constants here)
     * @param falseZ     local representations of the engineered false environments
     */
    Trace forward(BatchTensors in, GlobalEncoder.Trace crystal, INDArray z, List<INDArray> falseZ) {
        INDArray spread = Transforms.exp(crystal.logVariance().mul(0.5), false);
        Upscaler.Trace q = query.forward(spread.mul(in.globalNoise).addi(crystal.g()));
        INDArray ownQuery = Tensors.gatherRows(q.out(), in.crystalOfSite);
        INDArray otherQuery = Tensors.gatherRows(q.out(), in.otherCrystal);
        Upscaler.Trace environment = environmentSample.forward(z);
        double falseFactor = 1.0 / (1 + falseZ.size());
        List<Term> terms = new ArrayList<>();
        terms.add(term(environment, ownQuery, -1, 1));
        terms.add(term(environment, otherQuery, 1, falseFactor));
        for (INDArray f : falseZ) {
            terms.add(term(environmentSample.forward(f), ownQuery, 1, falseFactor));
        }
        INDArray perSite = null;
        for (Term t : terms) {
            INDArray v = Tensors.softplus(t.x().mul(t.sign())).muli(t.factor());
            perSite = perSite == null ? v : perSite.addi(v);
        }
        return new Trace(spread, q, ownQuery, otherQuery, terms, perSite.muli(in.siteWeight).sum());
    }

    private static Term term(Upscaler.Trace environment, INDArray query, double sign, double factor) {
        return new Term(environment, query, sign, factor, environment.out().mul(query).sum(true, 1));
    }

    /** Backward from the loss (times {@code weight}); returns dG̃, the gradient of the noisy representation. */
    INDArray backward(BatchTensors in, Trace tr, double weight) {
        INDArray dOwn = tr.ownQuery().mul(0);
        INDArray dOther = tr.otherQuery().mul(0);
        for (Term t : tr.terms()) {
            INDArray dx = Tensors.sigmoid(t.x().mul(t.sign())).muli(in.siteWeight).muli(weight * t.factor() * t.sign());
            (t.own() == tr.ownQuery() ? dOwn : dOther).addi(t.environment().out().mulColumnVector(dx));
            environmentSample.backward(t.environment(), t.own().mulColumnVector(dx), false);
        }
        INDArray dq = Tensors.scatterAddRows(in.crystals, in.crystalOfSite, dOwn)
                .addi(Tensors.scatterAddRows(in.crystals, in.otherCrystal, dOther));
        return query.backward(tr.query(), dq, true);
    }
}
