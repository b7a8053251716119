package org.example.dim.engine.dim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.example.dim.engine.dataset.BatchPlan;
import org.example.dim.engine.dataset.SiteNetBatch;
import org.example.dim.engine.falsesample.InBatchFalseSampler;
import org.example.dim.engine.sitenet.SiteNetInput;

/**
 * Self-supervised training of a {@link DimModel} (reference §4.1): a seeded validation split,
 * batches of at most N unique sites in a new seeded order each epoch, in-batch false samples, one
 * optimisation step per batch. The history has the untrained model as epoch 0; validation losses
 * use the same noise and false samples every epoch, so they are comparable. With patience, training
 * stops when validation has not improved for that many epochs, and the best parameters are kept.
 */
public final class DimTrainer {

    /** Seed offsets, so that each random stream is independent and reproducible. */
    private static final long SPLIT = 1;
    private static final long ORDER = 2;
    private static final long SAMPLES = 3;
    private static final long VALIDATION = 4;

    private final TrainingSettings settings;

    public DimTrainer(TrainingSettings settings) {
        this.settings = settings;
    }

    /** What training produced. */
    public record Result(List<HistoryRow> history, int epochsRun, int bestEpoch, int trainCrystals,
            int validationCrystals, int skippedBatches) {

        /** The facts of a run that the model file records next to its settings. */
        public Map<String, Object> describe(TrainingSettings settings, String device) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("epochs", settings.epochs());
            m.put("epochs_run", epochsRun);
            m.put("best_epoch", bestEpoch);
            m.put("batch_sites", settings.batchSites());
            m.put("validation_fraction", settings.validationFraction());
            m.put("patience", settings.patience());
            m.put("seed", settings.seed());
            m.put("train_crystals", trainCrystals);
            m.put("validation_crystals", validationCrystals);
            m.put("device", device);
            return m;
        }
    }

    public Result train(DimModel model, CrystalSource crystals, TrainingProgress progress) {
        SeededSplit split = SeededSplit.of(crystals.size(), settings.validationFraction(), settings.seed() + SPLIT);
        CrystalSource train = crystals.subset(split.train());
        CrystalSource validation = crystals.subset(split.validation());
        if (train.size() < 2) {
            throw new IllegalArgumentException("training needs at least 2 crystals, got " + train.size());
        }
        InBatchFalseSampler sampler = new InBatchFalseSampler(model.config().falseSamples());
        Random samples = new Random(settings.seed() + SAMPLES);
        List<HistoryRow> history = new ArrayList<>();
        history.add(new HistoryRow(0, HistoryRow.TRAIN, evaluate(model, train, sampler)));
        Losses firstValidation = validation.size() > 1 ? evaluate(model, validation, sampler) : null;
        if (firstValidation != null) {
            history.add(new HistoryRow(0, HistoryRow.VALIDATION, firstValidation));
        }
        double best = firstValidation != null ? objective(model.config(), firstValidation) : Double.NaN;
        Map<String, float[]> bestParameters = null;
        int bestEpoch = 0;
        int skipped = 0;
        int stepsPerEpoch = BatchPlan.of(train.primitiveSiteCounts(), settings.batchSites(), 0).size();
        long started = System.nanoTime();
        int epoch = 0;
        while (epoch < settings.epochs()) {
            epoch++;
            BatchPlan plan = BatchPlan.of(train.primitiveSiteCounts(), settings.batchSites(),
                    settings.seed() * 31 + ORDER + epoch);
            List<Losses> stepLosses = new ArrayList<>();
            List<Integer> weights = new ArrayList<>();
            for (int b = 0; b < plan.size(); b++) {
                if (progress.cancelled()) {
                    throw new CancellationException("training cancelled in epoch " + epoch);
                }
                SiteNetBatch batch = pack(train, plan.batch(b));
                if (batch.crystals() < 2) {
                    skipped++; // no crystal to contrast with: nothing to learn from this batch
                    continue;
                }
                stepLosses.add(model.trainStep(batch, sampler.sample(batch, samples), samples));
                weights.add(batch.crystals());
                long done = (long) (epoch - 1) * stepsPerEpoch + b + 1;
                long total = (long) settings.epochs() * stepsPerEpoch;
                progress.report((double) done / total, message(epoch, started, done, total));
            }
            history.add(new HistoryRow(epoch, HistoryRow.TRAIN, Losses.mean(stepLosses, weights)));
            if (firstValidation != null) {
                Losses v = evaluate(model, validation, sampler);
                history.add(new HistoryRow(epoch, HistoryRow.VALIDATION, v));
                if (objective(model.config(), v) < best) {
                    best = objective(model.config(), v);
                    bestEpoch = epoch;
                    bestParameters = settings.patience() > 0 ? model.parameters() : null;
                } else if (settings.patience() > 0 && epoch - bestEpoch >= settings.patience()) {
                    break;
                }
            }
        }
        if (bestParameters != null && bestEpoch < epoch) {
            model.setParameters(bestParameters);
        }
        return new Result(history, epoch, firstValidation != null ? bestEpoch : epoch, train.size(), validation.size(),
                skipped);
    }

    /** The losses over all crystals of a source, with fixed noise and false samples. */
    private Losses evaluate(DimModel model, CrystalSource source, InBatchFalseSampler sampler) {
        Random random = new Random(settings.seed() + VALIDATION);
        BatchPlan plan = BatchPlan.of(source.primitiveSiteCounts(), settings.batchSites(), settings.seed() + VALIDATION);
        List<Losses> parts = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (int b = 0; b < plan.size(); b++) {
            SiteNetBatch batch = pack(source, plan.batch(b));
            if (batch.crystals() >= 2) {
                parts.add(model.evaluate(batch, sampler.sample(batch, random), random));
                weights.add(batch.crystals());
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no batch of at least 2 crystals to evaluate");
        }
        return Losses.mean(parts, weights);
    }

    /** The weighted total that early stopping watches. */
    private static double objective(DimConfig c, Losses l) {
        return c.dimWeight() * (l.localDim() + l.globalDim()) + c.klWeight() * (l.localKl() + l.globalKl());
    }

    static SiteNetBatch pack(CrystalSource source, int[] members) {
        List<SiteNetInput> crystals = new ArrayList<>(members.length);
        for (int i : members) {
            crystals.add(source.get(i));
        }
        return SiteNetBatch.pack(crystals);
    }

    private static String message(int epoch, long started, long done, long total) {
        double elapsed = (System.nanoTime() - started) / 1e9;
        double eta = elapsed / done * (total - done);
        return String.format("epoch %d, step %d of %d, ETA %s", epoch, done, total,
                eta >= 120 ? Math.round(eta / 60) + " min" : Math.round(eta) + " s");
    }
}
