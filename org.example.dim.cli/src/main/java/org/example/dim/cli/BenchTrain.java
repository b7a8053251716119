package org.example.dim.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.example.dim.engine.cif.CifReader;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.dataset.BatchPlan;
import org.example.dim.engine.dataset.SiteNetBatch;
import org.example.dim.engine.dim.DimConfig;
import org.example.dim.engine.dim.MatmulMeter;
import org.example.dim.engine.dim.Nd4jDimModel;
import org.example.dim.engine.dim.StepCost;
import org.example.dim.engine.falsesample.InBatchFalseSampler;
import org.example.dim.engine.falsesample.InBatchFalseSamples;
import org.example.dim.engine.io.CifSource;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.FeaturizedCrystal;
import org.example.dim.engine.sitenet.SiteNetFeaturizer;
import org.example.dim.engine.sitenet.SiteNetInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dim bench train}: ms per DIM training step on real batches, achieved GFLOP/s, and sgemm for scale. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Median ms per training step on real mp37k batches, crystals/s, GFLOP/s, next to sgemm.")
final class BenchTrain implements Callable<Integer> {

    /**
     * A faithful PyTorch 1.13 model on a machine like this one, 2 threads (shared/docs/anchors.md): a
     * median of 685 ms per step of about 1,190 primitive sites (about 85 crystals, 120 crystals/s).
     * Step cost follows the sites (each brings N pairs), so the comparison is per site.
     */
    private static final double PYTORCH_MS_PER_STEP = 685;
    private static final double PYTORCH_SITES_PER_STEP = 1190;
    private static final double PYTORCH_CRYSTALS_PER_SECOND = 120;
    private static final int SGEMM_SIZE = 2048;

    @Mixin
    BenchCommand.Data input;

    @Option(names = "--steps", description = "Timed steps (default: ${DEFAULT-VALUE})")
    int steps = 20;

    @Option(names = "--warmup", description = "Untimed steps first: the JIT and the step workspaces settle"
            + " over the first few batches (default: ${DEFAULT-VALUE})")
    int warmup = 15;

    @Option(names = "--batch-sites", description = "Unique sites per batch (default: ${DEFAULT-VALUE})")
    int batchSites = 1200;

    @Override
    public Integer call() throws Exception {
        List<SiteNetInput> crystals = featurize(input.load());
        BatchPlan plan = BatchPlan.of(crystals.stream().mapToInt(SiteNetInput::primitiveSites).toArray(), batchSites, 1);
        // Measured before a model opens: open models keep BLAS on one thread each.
        double sgemmAllCores = MatmulMeter.sgemmGflops(SGEMM_SIZE);
        try (Nd4jDimModel model = new Nd4jDimModel(DimConfig.paperDefaults(), 1)) {
            double sgemmOneThread = MatmulMeter.sgemmGflops(SGEMM_SIZE);
            InBatchFalseSampler sampler = new InBatchFalseSampler(model.config().falseSamples());
            Random random = new Random(1);
            System.out.printf("dim bench train: %s, %d crystals featurised, shuffled batches of <= %d sites,"
                    + " %d warm-up steps%n", model.device(), crystals.size(), batchSites, warmup);
            double[] ms = new double[steps];
            double flops = 0;
            long crystalsTimed = 0;
            long sitesTimed = 0;
            for (int s = -warmup; s < steps; s++) {
                SiteNetBatch batch = pack(crystals, plan.batch(Math.floorMod(s, plan.size())));
                InBatchFalseSamples samples = sampler.sample(batch, random);
                if (s == 0) {
                    MatmulMeter.reset();
                }
                long t0 = System.nanoTime();
                model.trainStep(batch, samples, random);
                if (s >= 0) {
                    ms[s] = (System.nanoTime() - t0) / 1e6;
                    flops += StepCost.trainingFlops(model.config(), batch);
                    crystalsTimed += batch.crystals();
                    sitesTimed += batch.sites();
                }
            }
            double median = BenchCommand.median(ms);
            double total = Arrays.stream(ms).sum() / 1e3;
            double msPerReferenceStep = median * PYTORCH_SITES_PER_STEP / ((double) sitesTimed / steps);
            System.out.printf("  median %.0f ms/step of %.0f sites on average (steps: %s)%n", median,
                    (double) sitesTimed / steps, Arrays.toString(Arrays.stream(ms).mapToLong(Math::round).toArray()));
            System.out.printf("  %.0f ms per %.0f sites = %.2f× PyTorch 1.13 CPU (%.0f ms per step)%n",
                    msPerReferenceStep, PYTORCH_SITES_PER_STEP, PYTORCH_MS_PER_STEP / msPerReferenceStep,
                    PYTORCH_MS_PER_STEP);
            System.out.printf("  %.0f crystals/s on these batches (%.1f sites per crystal; PyTorch's %.0f/s were"
                    + " measured at %.1f)%n", crystalsTimed / total, (double) sitesTimed / crystalsTimed,
                    PYTORCH_CRYSTALS_PER_SECOND, PYTORCH_SITES_PER_STEP / (PYTORCH_CRYSTALS_PER_SECOND * PYTORCH_MS_PER_STEP / 1e3));
            // The reference formulation's matmul work (what PyTorch executes) over the whole step, as the
            // anchor's figure; this model factors the bond layers and the pair scores and does less.
            double rate = flops / total / 1e9;
            System.out.printf("  ≈ %.1f GFLOP of reference matmuls per step, %.1f GFLOP/s PyTorch-equivalent over the"
                    + " whole step = %.0f%% of sgemm %d³ on all cores (%.1f GFLOP/s)%n", flops / steps / 1e9, rate,
                    100 * rate / sgemmAllCores, SGEMM_SIZE, sgemmAllCores);
            // The GPU target is a full epoch over mp37k in under 30 s; this line reads against it.
            long datasetSites = crystals.stream().mapToLong(SiteNetInput::primitiveSites).sum();
            System.out.printf("  an epoch over these %d crystals (%d steps of training, no validation) ≈ %.0f s at"
                    + " this median (target on a GPU: 30 s)%n", crystals.size(), plan.size(),
                    median / ((double) sitesTimed / steps) * datasetSites / 1e3);
            MatmulMeter.Reading products = MatmulMeter.read();
            System.out.printf("  the model's own products: %.1f GFLOP in %d per step, %.0f ms per step inside them"
                    + " (both threads), %.1f GFLOP/s per thread = %.0f%% of sgemm %d³ on one thread (%.1f GFLOP/s)%n",
                    products.flop() / steps / 1e9, products.products() / steps, products.seconds() * 1e3 / steps,
                    products.gflops(), 100 * products.gflops() / sgemmOneThread, SGEMM_SIZE, sgemmOneThread);
        }
        return 0;
    }

    private static List<SiteNetInput> featurize(List<CifSource> sources) {
        CifReader reader = new CifReader();
        SiteNetFeaturizer featurizer = new SiteNetFeaturizer(FeaturizationSettings.deepInfoMaxDefaults());
        List<SiteNetInput> out = new ArrayList<>();
        for (CifSource s : sources) {
            for (CrystalRecord r : reader.read(s)) {
                FeaturizedCrystal f = featurizer.featurize(r);
                if (f.ok()) {
                    out.add(f.input());
                }
            }
        }
        return out;
    }

    private static SiteNetBatch pack(List<SiteNetInput> crystals, int[] members) {
        List<SiteNetInput> batch = new ArrayList<>(members.length);
        for (int i : members) {
            batch.add(crystals.get(i));
        }
        return SiteNetBatch.pack(batch);
    }
}
