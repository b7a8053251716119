package org.example.dim.engine.dim;

import org.example.dim.engine.dataset.SiteNetBatch;
import org.example.dim.engine.sitenet.SiteFeatures;

/**
 * Floating-point work of one training step, counted from the layer shapes (2 FLOP per multiply-add
 * of every matrix product), for benchmarks that report achieved GFLOP/s. Backward passes are taken
 * as twice their forward pass; the engineered false samples' encoder passes have no backward.
 */
public final class StepCost {

    private StepCost() {
    }

    public static double trainingFlops(DimConfig c, SiteNetBatch batch) {
        double b = batch.sites();
        double pairs = b * batch.maxEnvironment();
        double crystals = batch.crystals();
        int f = SiteFeatures.COUNT;
        int bond = 2 * c.siteDim() + c.interactionDim();
        double encoder = mm(b + pairs, f, c.siteDim()) + mm(pairs, 1, c.interactionDim())
                + 2 * mm(pairs, bond, c.attentionHidden()) + mm(pairs, c.attentionHidden(), 1)
                + mm(pairs, c.attentionHidden(), c.siteDim()) + 2 * mm(b, c.siteDim(), c.localDim());
        long localKinds = c.falseSamples().stream().filter(ObjectiveKinds.LOCAL::contains).count();
        double pairHead = mm(pairs, f + 1, c.dotHidden()) + mm(pairs, c.dotHidden(), c.dotSpace())
                + pairs * 2.0 * c.dotSpace();
        double local = mm(b, c.localDim(), c.dotHidden()) + mm(b, c.dotHidden(), c.dotSpace())
                + (1 + Math.max(1, localKinds)) * pairHead;
        double environment = mm(b, c.localDim(), c.dotHidden()) + mm(b, c.dotHidden(), c.dotSpace());
        double global = mm(b, c.localDim(), c.siteDim()) + mm(b, c.siteDim(), c.prePoolDim())
                + mm(crystals, b, c.prePoolDim()) + mm(crystals, c.prePoolDim(), c.globalDim())
                + 2 * mm(crystals, c.globalDim(), c.globalDim()) + mm(crystals, c.globalDim(), c.dotHidden())
                + mm(crystals, c.dotHidden(), c.dotSpace()) + 2 * mm(b, crystals, c.dotSpace()) + environment;
        long engineered = c.falseSamples().stream().filter(ObjectiveKinds.ENGINEERED::contains).count();
        double withBackward = 3 * (encoder + local + global);
        return withBackward + engineered * (encoder + 3 * environment);
    }

    private static double mm(double rows, double in, double out) {
        return 2 * rows * in * out;
    }
}
