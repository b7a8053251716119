package org.example.dim.engine.dim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.example.dim.engine.dataset.BatchPlan;
import org.example.dim.engine.dataset.SiteNetBatch;
import org.example.dim.engine.falsesample.GeneratedBatch;
import org.example.dim.engine.falsesample.GeneratedInput;
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
    private final Path checkpoint;

    public DimTrainer(TrainingSettings settings) {
        this(settings, null);
    }

    private DimTrainer(TrainingSettings settings, Path checkpoint) {
        this.settings = settings;
        this.checkpoint = checkpoint;
    }

    /** What training produced. */
    public record Result(List<HistoryRow> history, int epochsRun, int bestEpoch, int trainCrystals,
            int validationCrystals, int skippedBatches, long generatedSamples) {

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
            m.put("generated_samples", generatedSamples);
            m.put("device", device);
            return m;
        }
    }

    /** A trainer that writes a checkpoint to {@code file} after every epoch, to resume from after a stop. */
    public DimTrainer checkpointingTo(Path file) {
        return new DimTrainer(settings, file);
    }

    /** Trains on the crystals, holding out the settings' validation share (a seeded split). */
    public Result train(DimModel model, CrystalSource crystals, TrainingProgress progress) {
        return run(model, crystals, null, null, progress);
    }

    /** Trains on all of {@code train} and validates on {@code validation}, a set the user chose. */
    public Result train(DimModel model, CrystalSource train, CrystalSource validation, TrainingProgress progress) {
        return run(model, train, validation, null, progress);
    }

    /**
     * Continues the run a checkpoint stopped (after a crash or a cancel) as if it had never stopped: the
     * same crystals and settings give the same history and parameters. The epoch count may be raised.
     *
     * @throws IOException              when the checkpoint cannot be read
     * @throws IllegalArgumentException when it belongs to another model, crystals or settings
     */
    public Result resume(DimModel model, CrystalSource crystals, Path checkpoint, TrainingProgress progress)
            throws IOException {
        TrainingCheckpoint c = TrainingCheckpoint.read(checkpoint);
        c.requireSameRun(model.config(), settings, fingerprint(crystals, null));
        model.setParameters(c.parameters());
        model.setOptimiserState(c.optimiser());
        return run(model, crystals, null, c.state(), progress);
    }

    /** With {@code givenValidation} null, the validation crystals are a seeded share of {@code crystals}. */
    private Result run(DimModel model, CrystalSource crystals, CrystalSource givenValidation, TrainingState resumed,
            TrainingProgress progress) {
        CrystalSource train = crystals;
        CrystalSource validation = givenValidation;
        if (givenValidation == null) {
            SeededSplit split = SeededSplit.of(crystals.size(), settings.validationFraction(), settings.seed() + SPLIT);
            train = crystals.subset(split.train());
            validation = crystals.subset(split.validation());
        }
        if (train.size() < 2) {
            throw new IllegalArgumentException("training needs at least 2 crystals, got " + train.size());
        }
        InBatchFalseSampler sampler = new InBatchFalseSampler(model.config().falseSamples());
        TrainingState state = resumed != null ? resumed : start(model, train, validation, sampler, progress);
        int stepsPerEpoch = BatchPlan.of(train.primitiveSiteCounts(), settings.batchSites(), 0).size();
        long started = System.nanoTime();
        int firstEpoch = state.epoch + 1;
        while (state.epoch < settings.epochs()) {
            int epoch = ++state.epoch;
            BatchPlan plan = BatchPlan.of(train.primitiveSiteCounts(), settings.batchSites(),
                    settings.seed() * 31 + ORDER + epoch);
            // A stream per epoch, so that a resumed run draws what the uninterrupted one would have.
            Random samples = new Random(BatchPlan.epochSeed(settings.seed() + SAMPLES, epoch));
            List<Losses> stepLosses = new ArrayList<>();
            List<Integer> weights = new ArrayList<>();
            for (int b = 0; b < plan.size(); b++) {
                if (progress.cancelled()) {
                    throw new CancellationException("training cancelled in epoch " + epoch);
                }
                SiteNetBatch batch = pack(train, plan.batch(b));
                if (batch.crystals() < 2) {
                    state.skipped++; // no crystal to contrast with: nothing to learn from this batch
                    continue;
                }
                stepLosses.add(model.trainStep(batch, sampler.sample(batch, samples), generated(train, plan.batch(b)),
                        samples));
                weights.add(batch.crystals());
                long done = (long) (epoch - firstEpoch) * stepsPerEpoch + b + 1;
                long total = (long) (settings.epochs() - firstEpoch + 1) * stepsPerEpoch;
                progress.report((double) ((epoch - 1) * stepsPerEpoch + b + 1) / (settings.epochs() * stepsPerEpoch),
                        message(epoch, started, done, total));
            }
            state.history.add(new HistoryRow(epoch, HistoryRow.TRAIN, Losses.mean(stepLosses, weights)));
            boolean stop = false;
            if (state.validated) {
                Losses v = evaluate(model, validation, sampler, "epoch " + epoch + " on validation", progress);
                state.history.add(new HistoryRow(epoch, HistoryRow.VALIDATION, v));
                if (objective(model.config(), v) < state.best) {
                    state.best = objective(model.config(), v);
                    state.bestEpoch = epoch;
                    state.bestParameters = settings.patience() > 0 ? model.parameters() : null;
                } else {
                    stop = settings.patience() > 0 && epoch - state.bestEpoch >= settings.patience();
                }
            }
            if (checkpoint != null) {
                try {
                    TrainingCheckpoint.write(checkpoint, model, settings, fingerprint(crystals, givenValidation), state);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (stop) {
                break;
            }
        }
        if (state.bestParameters != null && state.bestEpoch < state.epoch) {
            model.setParameters(state.bestParameters);
        }
        return new Result(List.copyOf(state.history), state.epoch, state.validated ? state.bestEpoch : state.epoch,
                train.size(), validation.size(), state.skipped, train.generatedCount() + validation.generatedCount());
    }

    /** Epoch 0: the untrained model's losses. */
    private TrainingState start(DimModel model, CrystalSource train, CrystalSource validation,
            InBatchFalseSampler sampler, TrainingProgress progress) {
        TrainingState state = new TrainingState();
        state.history.add(new HistoryRow(0, HistoryRow.TRAIN, evaluate(model, train, sampler,
                "the untrained model", progress)));
        state.validated = validation.size() > 1;
        if (state.validated) {
            Losses v = evaluate(model, validation, sampler, "the untrained model on validation", progress);
            state.history.add(new HistoryRow(0, HistoryRow.VALIDATION, v));
            state.best = objective(model.config(), v);
        }
        return state;
    }

    /** Identifies the crystals of a run by their counts, site counts and generated samples, cheaply. */
    private static long fingerprint(CrystalSource crystals, CrystalSource validation) {
        long f = (Arrays.hashCode(crystals.primitiveSiteCounts()) * 31L + crystals.size()) * 31L
                + crystals.generatedCount();
        return validation == null ? f : f * 31L + fingerprint(validation, null);
    }

    /** The losses over all crystals of a source, with fixed noise and false samples. */
    private Losses evaluate(DimModel model, CrystalSource source, InBatchFalseSampler sampler, String what,
            TrainingProgress progress) {
        Random random = new Random(settings.seed() + VALIDATION);
        BatchPlan plan = BatchPlan.of(source.primitiveSiteCounts(), settings.batchSites(), settings.seed() + VALIDATION);
        List<Losses> parts = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (int b = 0; b < plan.size(); b++) {
            if (progress.cancelled()) {
                throw new CancellationException("training cancelled while evaluating " + what);
            }
            SiteNetBatch batch = pack(source, plan.batch(b));
            if (batch.crystals() >= 2) {
                parts.add(model.evaluate(batch, sampler.sample(batch, random), generated(source, plan.batch(b)), random));
                weights.add(batch.crystals());
            }
            progress.message("evaluating " + what + ", batch " + (b + 1) + " of " + plan.size());
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

    /** The samples generated from a batch's crystals, each with its crystal's place in the batch. */
    static GeneratedBatch generated(CrystalSource source, int[] members) {
        List<List<GeneratedInput>> perCrystal = new ArrayList<>(members.length);
        for (int i : members) {
            perCrystal.add(source.generated(i));
        }
        return GeneratedBatch.of(perCrystal);
    }

    private static String message(int epoch, long started, long done, long total) {
        double elapsed = (System.nanoTime() - started) / 1e9;
        double eta = elapsed / done * (total - done);
        return String.format("epoch %d, step %d of %d, ETA %s", epoch, done, total,
                eta >= 120 ? Math.round(eta / 60) + " min" : Math.round(eta) + " s");
    }
}
