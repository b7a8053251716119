package org.example.dim.engine.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.example.dim.engine.dim.TrainingProgress;

/**
 * The DIM paper's representation-learning experiment (its Fig. 8): for each representation (DIM
 * embeddings, untrained-model embeddings, element fractions), each downstream model and each label
 * count, R replicates each keep N labelled training crystals (the same crystals for every
 * representation and model), fit, and score the MAE on one fixed test set. Every representation is
 * standardised on the labelled rows (the paper standardised only the untrained embeddings; doing it for
 * all keeps the comparison about the representation).
 */
public final class RepresentationExperiment {

    /** One fit's test error; the row of {@code results.csv}. */
    public record Result(String representation, String model, int labels, int repeat, double mae) {
    }

    private final LabelMasker masker;
    private final int[] labelCounts;
    private final int repeats;
    private final List<Regressor> models;

    public RepresentationExperiment(LabelMasker masker, int[] labelCounts, int repeats, List<Regressor> models) {
        this.masker = masker;
        this.labelCounts = labelCounts.clone();
        this.repeats = repeats;
        this.models = List.copyOf(models);
    }

    /**
     * @param representations one row per crystal for each representation, by name
     * @param target          the label of every crystal (NaN: none)
     * @param test            the fixed test rows
     */
    public List<Result> run(Map<String, double[][]> representations, double[] target, int[] test,
            TrainingProgress progress) {
        double[] testY = pick(target, test);
        List<Result> out = new ArrayList<>();
        int total = labelCounts.length * repeats * representations.size() * models.size();
        for (int n : labelCounts) {
            for (int r = 1; r <= repeats; r++) {
                int[] labelled = masker.mask(target, test, n, r).labelled();
                double[] y = pick(target, labelled);
                for (Map.Entry<String, double[][]> rep : representations.entrySet()) {
                    for (Regressor model : models) {
                        if (progress.cancelled()) {
                            throw new CancellationException("experiment cancelled after " + out.size() + " fits");
                        }
                        double[] p = model.fit(rows(rep.getValue(), labelled), y, 31L * r + n)
                                .predict(rows(rep.getValue(), test));
                        out.add(new Result(rep.getKey(), model.name(), n, r, Metrics.mae(p, testY)));
                        progress.report((double) out.size() / total, String.format("%s/%s, %d labels, repeat %d",
                                rep.getKey(), model.name(), n, r));
                    }
                }
            }
        }
        return out;
    }

    static double[][] rows(double[][] x, int[] at) {
        double[][] out = new double[at.length][];
        for (int i = 0; i < at.length; i++) {
            out[i] = x[at[i]];
        }
        return out;
    }

    static double[] pick(double[] v, int[] at) {
        double[] out = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            out[i] = v[at[i]];
        }
        return out;
    }
}
