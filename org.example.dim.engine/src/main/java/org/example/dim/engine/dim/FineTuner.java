package org.example.dim.engine.dim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.example.dim.engine.dataset.BatchPlan;

/**
 * Supervised fine-tuning of a {@link SiteNetRegressor} (reference §4.3): a seeded hold-out of the
 * labelled crystals, batches of at most N unique sites in a new seeded order each epoch, and the
 * parameters of the epoch with the lowest validation MAE kept, as the reference keeps its best
 * checkpoint. Crystals without a finite label take no part.
 */
public final class FineTuner {

    private static final long SPLIT = 1;
    private static final long ORDER = 2;

    private final FineTuneSettings settings;

    public FineTuner(FineTuneSettings settings) {
        this.settings = settings;
    }

    /** One epoch: the mean training loss (MSE of standardised labels) and the validation MAE in label units. */
    public record Epoch(int epoch, double trainLoss, double validationMae) {
    }

    public record Result(List<Epoch> history, int bestEpoch, int trainCrystals, int validationCrystals) {
    }

    /** Fine-tunes on the labelled crystals (NaN: no label), validating on a seeded share of them. */
    public Result train(SiteNetRegressor model, CrystalSource crystals, double[] labels, TrainingProgress progress) {
        if (labels.length != crystals.size()) {
            throw new IllegalArgumentException(labels.length + " labels for " + crystals.size() + " crystals");
        }
        int[] labelled = labelled(labels);
        SeededSplit split = SeededSplit.of(labelled.length, settings.validationFraction(), settings.seed() + SPLIT);
        if (split.train().length < 1 || split.validation().length < 1) {
            throw new IllegalArgumentException("fine-tuning needs at least one training and one validation crystal with"
                    + " a label; " + labelled.length + " have one");
        }
        return fit(model, crystals.subset(pick(labelled, split.train())), pick(labels, pick(labelled, split.train())),
                crystals.subset(pick(labelled, split.validation())), pick(labels, pick(labelled, split.validation())),
                progress);
    }

    /** Fine-tunes on the labelled crystals of {@code train}, validating on those of {@code validation}. */
    public Result train(SiteNetRegressor model, CrystalSource train, double[] trainLabels, CrystalSource validation,
            double[] validationLabels, TrainingProgress progress) {
        if (trainLabels.length != train.size() || validationLabels.length != validation.size()) {
            throw new IllegalArgumentException("labels for " + trainLabels.length + " and " + validationLabels.length
                    + " crystals, given " + train.size() + " and " + validation.size());
        }
        int[] t = labelled(trainLabels);
        int[] v = labelled(validationLabels);
        if (t.length < 1 || v.length < 1) {
            throw new IllegalArgumentException("fine-tuning needs at least one training and one validation crystal with"
                    + " a label; " + t.length + " and " + v.length + " have one");
        }
        return fit(model, train.subset(t), pick(trainLabels, t), validation.subset(v), pick(validationLabels, v),
                progress);
    }

    private static int[] labelled(double[] labels) {
        return java.util.stream.IntStream.range(0, labels.length).filter(i -> Double.isFinite(labels[i])).toArray();
    }

    private Result fit(SiteNetRegressor model, CrystalSource train, double[] trainLabels, CrystalSource validation,
            double[] validationLabels, TrainingProgress progress) {
        model.setLabelScaling(mean(trainLabels), scale(trainLabels));

        List<Epoch> history = new ArrayList<>();
        double best = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        Map<String, float[]> bestParameters = null;
        int stepsPerEpoch = BatchPlan.of(train.primitiveSiteCounts(), settings.batchSites(), 0).size();
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            BatchPlan plan = BatchPlan.of(train.primitiveSiteCounts(), settings.batchSites(),
                    settings.seed() * 31 + ORDER + epoch);
            double lossSum = 0;
            int count = 0;
            for (int b = 0; b < plan.size(); b++) {
                if (progress.cancelled()) {
                    throw new CancellationException("fine-tuning cancelled in epoch " + epoch);
                }
                int[] members = plan.batch(b);
                lossSum += model.trainStep(DimTrainer.pack(train, members), pick(trainLabels, members)) * members.length;
                count += members.length;
                progress.report(((epoch - 1) * (double) stepsPerEpoch + b + 1) / (settings.epochs() * stepsPerEpoch),
                        "fine-tuning, epoch " + epoch + " of " + settings.epochs());
            }
            double mae = meanAbsoluteError(model.predict(validation, settings.batchSites()), validationLabels);
            history.add(new Epoch(epoch, lossSum / count, mae));
            if (mae < best) {
                best = mae;
                bestEpoch = epoch;
                bestParameters = model.parameters();
            } else if (settings.patience() > 0 && epoch - bestEpoch >= settings.patience()) {
                break;
            }
        }
        model.setParameters(bestParameters);
        return new Result(history, bestEpoch, train.size(), validation.size());
    }

    static double meanAbsoluteError(double[] predicted, double[] actual) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.abs(predicted[i] - actual[i]);
        }
        return sum / actual.length;
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    /** The standard deviation, or 1 when the labels do not vary (one crystal, or all equal). */
    private static double scale(double[] v) {
        double m = mean(v);
        double sum = 0;
        for (double x : v) {
            sum += (x - m) * (x - m);
        }
        double sd = Math.sqrt(sum / v.length);
        return sd > 0 ? sd : 1;
    }

    private static int[] pick(int[] values, int[] at) {
        int[] out = new int[at.length];
        for (int i = 0; i < at.length; i++) {
            out[i] = values[at[i]];
        }
        return out;
    }

    private static double[] pick(double[] values, int[] at) {
        double[] out = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            out[i] = values[at[i]];
        }
        return out;
    }
}
