package org.example.dim.engine.dim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
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

    /**
     * One environment's scored pairs; {@code pre}, the activation's input, is null where {@link PairScores}
     * made the rows (ReLU: its derivative is read from the hidden rows, the same where the input is positive).
     */
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
    Trace forward(BatchTensors in, INDArray z, INDArray logVariance, Executor helper) {
        INDArray spread = Transforms.exp(logVariance.mul(0.5), false);
        INDArray noisy = spread.mul(in.localNoise).addi(z);
        Upscaler.Trace q = query.forward(noisy);
        INDArray w2 = pairSample.last.w.value();
        INDArray projected = Gemm.product(q.out(), w2.transpose());
        INDArray offset = Gemm.product(q.out(), pairSample.last.b.value().transpose());
        INDArray featurePart = Gemm.product(in.features, featureRows(pairSample.first.w.value()));
        List<LocalEncoder.Environment> falseOnes = new ArrayList<>();
        in.falseEnvironments.forEach((k, env) -> {
            if (ObjectiveKinds.LOCAL.contains(k)) {
                falseOnes.add(env);
            }
        });
        Scored[] scored = new Scored[1 + falseOnes.size()];
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> scored[0] = score(in.own, -1, 1, featurePart, projected, offset));
        for (int i = 0; i < falseOnes.size(); i++) {
            int at = i + 1;
            LocalEncoder.Environment env = falseOnes.get(i);
            tasks.add(() -> scored[at] = score(env, 1, 1.0 / falseOnes.size(), featurePart, projected, offset));
        }
        SharedTasks.run(tasks, helper);
        INDArray perSite = null;
        for (Scored s : scored) {
            INDArray js = Tensors.softplus(s.t().mul(s.sign()));
            INDArray term = js.muli(s.weights()).sum(true, 1).muli(s.factor());
            perSite = perSite == null ? term : perSite.addi(term);
        }
        return new Trace(noisy, spread, q, projected, offset, featurePart, List.of(scored),
                perSite.muli(in.siteWeight).sum());
    }

    /** Normalised pair weights {@code mask/(d+1)²}, summing to one per site, and the scores t. */
    private Scored score(LocalEncoder.Environment env, double sign, double factor, INDArray featurePart,
            INDArray projected, INDArray offset) {
        INDArray weights = env.mask().div(Transforms.pow(env.distances().add(1.0), 2, false));
        weights.diviColumnVector(weights.sum(true, 1));
        INDArray w = distanceRow(pairSample.first.w.value());
        if (ActivationNorm.onHost(pairSample.activation()) && HostArrays.plain(featurePart)
                && HostArrays.plain(projected) && HostArrays.plain(env.distances())) {
            PairScores.Result r = PairScores.of(env, featurePart, w, pairSample.first.b.value(), projected, offset);
            return new Scored(env, sign, factor, null, r.hidden(), r.t(), weights);
        }
        INDArray pre = Tensors.gatherRows(featurePart, env.neighbours())
                .addi(Gemm.product(env.distances().reshape(-1, 1), w))
                .addiRowVector(pairSample.first.b.value());
        INDArray hidden = Tensors.activate(pre, pairSample.activation());
        INDArray t = Tensors.dotPerSite(hidden, projected, env.l()).addiColumnVector(offset);
        return new Scored(env, sign, factor, pre, hidden, t, weights);
    }

    /**
     * Backward from the loss (times {@code weight}); returns dz and dλ. The scored environments are
     * independent until their gradients are summed, so they are shared with {@code helper}, each with its
     * own accumulators.
     */
    INDArray[] backward(BatchTensors in, Trace tr, double weight, Executor helper) {
        List<Sums> sums = new ArrayList<>();
        List<Runnable> tasks = new ArrayList<>();
        for (Scored s : tr.scored()) {
            Sums mine = new Sums(tr);
            sums.add(mine);
            tasks.add(() -> mine.add(in, tr, s, weight));
        }
        SharedTasks.run(tasks, helper);
        Sums total = sums.get(0);
        for (Sums other : sums.subList(1, sums.size())) {
            total.addAll(other);
        }
        INDArray dProjected = total.dProjected;
        INDArray dOffset = total.dOffset;
        pairSample.first.w.gradient().addi(total.dFirst);
        pairSample.first.b.gradient().addi(total.dFirstBias);
        INDArray q = tr.query().out();
        Gemm.accumulate(pairSample.last.w.gradient(), dProjected.transpose(), q);
        Gemm.accumulate(pairSample.last.b.gradient(), dOffset.transpose(), q);
        INDArray dq = Gemm.accumulate(Gemm.product(dProjected, pairSample.last.w.value()), dOffset,
                pairSample.last.b.value());
        INDArray dNoisy = query.backward(tr.query(), dq, true);
        INDArray dLogVariance = dNoisy.mul(in.localNoise).muli(tr.spread()).muli(0.5);
        return new INDArray[] {dNoisy, dLogVariance};
    }

    /** Gradient sums of some scored environments: the projected queries' and the pair network's first layer's. */
    private final class Sums {
        final INDArray dProjected;
        final INDArray dOffset;
        final INDArray dFirst = Nd4j.zerosLike(pairSample.first.w.value());
        final INDArray dFirstBias = Nd4j.zerosLike(pairSample.first.b.value());

        Sums(Trace tr) {
            dProjected = Nd4j.zerosLike(tr.projected());
            dOffset = Nd4j.zerosLike(tr.offset());
        }

        void addAll(Sums other) {
            dProjected.addi(other.dProjected);
            dOffset.addi(other.dOffset);
            dFirst.addi(other.dFirst);
            dFirstBias.addi(other.dFirstBias);
        }

        void add(BatchTensors in, Trace tr, Scored s, double weight) {
            INDArray dScore = in.siteWeight.mul(weight * s.factor());
            INDArray dt = Tensors.sigmoid(s.t().mul(s.sign())).muli(s.weights()).muliColumnVector(dScore).muli(s.sign());
            dOffset.addi(dt.sum(true, 1));
            if (s.pre() == null && HostArrays.plain(dt) && HostArrays.plain(tr.projected())) {
                PairScores.Gradients g = PairScores.backward(s.env(), s.hidden(), dt, tr.projected());
                dProjected.addi(g.dProjected());
                Gemm.accumulate(featureRows(dFirst), in.features.transpose(), g.dFeaturePart());
                distanceRow(dFirst).addi(g.dDistanceRow());
                dFirstBias.addi(g.dBias());
                return;
            }
            dProjected.addi(Tensors.weightedSum(s.hidden(), dt));
            INDArray dPre = Tensors.activationBackward(s.pre() == null ? s.hidden() : s.pre(),
                    Tensors.outerPerSite(dt, tr.projected()), pairSample.activation());
            Gemm.accumulate(featureRows(dFirst), in.features.transpose(),
                    Tensors.scatterAddRows(in.sites, s.env().neighbours(), dPre));
            Gemm.accumulate(distanceRow(dFirst), s.env().distances().reshape(1, -1), dPre);
            Gemm.accumulateColumnSums(dFirstBias, dPre);
        }
    }

    private static INDArray featureRows(INDArray w) {
        return w.get(NDArrayIndex.interval(0, SiteFeatures.COUNT), NDArrayIndex.all());
    }

    private static INDArray distanceRow(INDArray w) {
        return w.get(NDArrayIndex.interval(SiteFeatures.COUNT, SiteFeatures.COUNT + 1), NDArrayIndex.all());
    }
}
