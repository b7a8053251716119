package org.example.dim.engine.dim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The DIM paper's transfer-learning experiment (its Fig. 7, reference §4.3): Site-Net fine-tuned on a few
 * labels, once starting from a DIM model's encoder and once from random weights, both with the same head
 * initialisation and the same labelled crystals, scored by the MAE on a fixed test set. Which crystals are
 * labelled in each repeat is the caller's choice (a label masker), so every comparison is paired.
 */
public final class TransferExperiment {

    public static final String DIM = "dim";
    public static final String RANDOM = "random";

    private final DimConfig config;
    private final FineTuneSettings settings;

    public TransferExperiment(DimConfig config, FineTuneSettings settings) {
        this.config = config;
        this.settings = settings;
    }

    /** One fine-tuned model's test error. */
    public record Run(String representation, int labels, int repeat, double mae) {
    }

    /** Which crystals are labelled in one repeat at one label count. */
    public record Labelled(int labels, int repeat, int[] train) {
    }

    /**
     * @param pretrained the DIM model whose encoder the "dim" runs start from
     * @param crystals   every crystal the runs use (training subsets and test set index into it)
     * @param labels     one label per crystal
     * @param test       the fixed test set
     * @param runs       the labelled training subsets
     */
    public List<Run> run(DimModel pretrained, CrystalSource crystals, double[] labels, int[] test,
            List<Labelled> runs, TrainingProgress progress) {
        CrystalSource testCrystals = crystals.subset(test);
        double[] testLabels = new double[test.length];
        for (int i = 0; i < test.length; i++) {
            testLabels[i] = labels[test[i]];
        }
        List<Run> out = new ArrayList<>();
        int done = 0;
        for (Labelled r : runs) {
            double[] trainLabels = new double[r.train().length];
            for (int i = 0; i < trainLabels.length; i++) {
                trainLabels[i] = labels[r.train()[i]];
            }
            for (String start : List.of(DIM, RANDOM)) {
                if (progress.cancelled()) {
                    throw new CancellationException("transfer experiment cancelled after " + done + " models");
                }
                // The same seed for both starts: the head, the split and the batch order are shared.
                long seed = settings.seed() + 1000L * r.repeat() + r.labels();
                try (SiteNetRegressor model = new SiteNetRegressor(config, seed)) {
                    if (start.equals(DIM)) {
                        model.startFrom(pretrained);
                    }
                    new FineTuner(new FineTuneSettings(settings.epochs(), settings.batchSites(),
                            settings.validationFraction(), settings.patience(), seed))
                            .train(model, crystals.subset(r.train()), trainLabels, TrainingProgress.NONE);
                    double mae = FineTuner.meanAbsoluteError(model.predict(testCrystals, settings.batchSites()),
                            testLabels);
                    out.add(new Run(start, r.labels(), r.repeat(), mae));
                }
                done++;
                progress.report((double) done / (2 * runs.size()), String.format(
                        "fine-tuned %d of %d models (%s, %d labels, repeat %d)", done, 2 * runs.size(), start,
                        r.labels(), r.repeat()));
            }
        }
        return out;
    }
}
