package org.example.dim.engine.dim;

import java.util.ArrayList;
import java.util.List;
import org.example.dim.engine.falsesample.GeneratedBatch;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Global Deep InfoMax (reference §2.5): the noisy crystal representation, upscaled, scores the
 * crystal's own local environments against those of another crystal and against the re-encoded
 * environments of its engineered false samples (false composition, polymorph, permutation), and, when
 * given, against the environments of structures generated from it (false or adjunctive true samples).
 */
final class GlobalObjective {

    final Upscaler query;
    final Upscaler environmentSample;

    private record Term(Upscaler.Trace environment, INDArray own, double sign, double factor, INDArray x) {
    }

    /** The generated structures' sites, each scored against the query of the crystal it was made from. */
    private record GeneratedTerm(Upscaler.Trace environment, int[] owner, INDArray query, INDArray weight,
            INDArray sign, INDArray x) {
    }

    record Trace(INDArray spread, Upscaler.Trace query, INDArray ownQuery, INDArray otherQuery, List<Term> terms,
            GeneratedTerm generated, INDArray loss) {
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
     * @param generated  structures generated from the batch's crystals ({@link GeneratedBatch#NONE}: none)
     * @param generatedZ their local representations (null when there are none)
     */
    Trace forward(BatchTensors in, GlobalEncoder.Trace crystal, INDArray z, List<INDArray> falseZ,
            GeneratedBatch generated, INDArray generatedZ) {
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
        INDArray loss = perSite.muli(in.siteWeight).sum();
        GeneratedTerm g = null;
        if (!generated.isEmpty()) {
            g = generatedTerm(q.out(), generated, generatedZ, falseFactor, in.crystals);
            loss.addi(Tensors.softplus(g.x().mul(g.sign())).muli(g.weight()).sum());
        }
        return new Trace(spread, q, ownQuery, otherQuery, terms, g, loss);
    }

    private GeneratedTerm generatedTerm(INDArray queries, GeneratedBatch generated, INDArray generatedZ,
            double falseFactor, int crystals) {
        int[] owner = generated.ownerOfSite();
        INDArray query = Tensors.gatherRows(queries, owner);
        Upscaler.Trace environment = environmentSample.forward(generatedZ);
        INDArray sign = Nd4j.createFromArray(generated.signs()).reshape(-1, 1);
        INDArray weight = Nd4j.createFromArray(generated.siteWeights(crystals, falseFactor)).reshape(-1, 1);
        return new GeneratedTerm(environment, owner, query, weight, sign,
                environment.out().mul(query).sum(true, 1));
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
        GeneratedTerm g = tr.generated();
        if (g != null) {
            INDArray dx = Tensors.sigmoid(g.x().mul(g.sign())).muli(g.weight()).muli(g.sign()).muli(weight);
            dq.addi(Tensors.scatterAddRows(in.crystals, g.owner(), g.environment().out().mulColumnVector(dx)));
            environmentSample.backward(g.environment(), g.query().mulColumnVector(dx), false);
        }
        return query.backward(tr.query(), dq, true);
    }
}
