package org.example.dim.engine.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.example.dim.engine.dim.TrainingProgress;

/**
 * Property-augmentation feature importance (Ortega-Ochoa et al.): the importance of property A for
 * target B is the relative change, in %, of the test MAE of a model of B when the representation is
 * augmented with A. Over seeded 60/20/20 splits (the validation part chooses the ridge penalty), the
 * mean, minimum and maximum change are reported; an importance is significant only when the min–max
 * range excludes zero. A = B is the trivial diagonal. Categorical properties are one-hot encoded. Rows
 * lacking the target or A take no part in that pair's comparison.
 */
public final class FeatureImportance {

    /** One (target, feature) cell, with the per-seed MAEs behind it. */
    public record Cell(String target, String feature, double meanPct, double minPct, double maxPct, boolean significant,
            double baselineMae, double augmentedMae, double[] baselineBySeed, double[] augmentedBySeed) {
    }

    private static final double[] RIDGE_PENALTIES = {0.01, 0.1, 1, 10, 100};

    private final Regressor model;
    private final int seeds;

    public FeatureImportance(Regressor model, int seeds) {
        this.model = model;
        this.seeds = seeds;
    }

    /**
     * @param representation one row per crystal
     * @param properties     every property by name, one value per crystal (NaN: missing)
     * @param targets        the properties to predict
     * @param features       the properties to augment with
     */
    public List<Cell> run(double[][] representation, Map<String, double[]> properties, List<String> targets,
            List<String> features, TrainingProgress progress) {
        return run(representation, properties, targets, features, LabelledCrystal.CATEGORICAL, progress);
    }

    /** @param categorical the properties whose values are category codes, to be one-hot encoded */
    public List<Cell> run(double[][] representation, Map<String, double[]> properties, List<String> targets,
            List<String> features, java.util.Set<String> categorical, TrainingProgress progress) {
        List<Cell> out = new ArrayList<>();
        int total = targets.size() * features.size();
        for (String target : targets) {
            for (String feature : features) {
                if (progress.cancelled()) {
                    throw new CancellationException("feature importance cancelled after " + out.size() + " cells");
                }
                out.add(cell(representation, properties, target, feature, categorical.contains(feature)));
                progress.report((double) out.size() / total, "importance of " + feature + " for " + target);
            }
        }
        return out;
    }

    private Cell cell(double[][] representation, Map<String, double[]> properties, String target, String feature,
            boolean categorical) {
        double[] y = require(properties, target);
        double[] a = require(properties, feature);
        int[] rows = IntStream.range(0, y.length).filter(i -> !Double.isNaN(y[i]) && !Double.isNaN(a[i])).toArray();
        if (rows.length < 10) {
            throw new IllegalArgumentException("only " + rows.length + " crystals have both " + target + " and "
                    + feature);
        }
        double[][] base = RepresentationExperiment.rows(representation, rows);
        double[][] augmented = augment(base, RepresentationExperiment.pick(a, rows), categorical);
        double[] yy = RepresentationExperiment.pick(y, rows);
        double[] baseMae = new double[seeds];
        double[] augMae = new double[seeds];
        double[] pct = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            int[][] split = split(rows.length, s + 1);
            baseMae[s] = testMae(base, yy, split, s + 1);
            augMae[s] = testMae(augmented, yy, split, s + 1);
            pct[s] = 100 * (augMae[s] - baseMae[s]) / baseMae[s];
        }
        double min = Arrays.stream(pct).min().orElseThrow();
        double max = Arrays.stream(pct).max().orElseThrow();
        return new Cell(target, feature, Arrays.stream(pct).average().orElseThrow(), min, max, min > 0 || max < 0,
                Arrays.stream(baseMae).average().orElseThrow(), Arrays.stream(augMae).average().orElseThrow(), baseMae,
                augMae);
    }

    /** Fits on the training part (for ridge, the penalty best on the validation part) and scores the test part. */
    private double testMae(double[][] x, double[] y, int[][] split, long seed) {
        double[][] trainX = RepresentationExperiment.rows(x, split[0]);
        double[] trainY = RepresentationExperiment.pick(y, split[0]);
        Regressor chosen = model;
        if (model.name().equals("ridge")) {
            double best = Double.POSITIVE_INFINITY;
            for (double alpha : RIDGE_PENALTIES) {
                Regressor candidate = new LeastSquares(alpha);
                double mae = Metrics.mae(candidate.fit(trainX, trainY, seed)
                        .predict(RepresentationExperiment.rows(x, split[1])), RepresentationExperiment.pick(y, split[1]));
                if (mae < best) {
                    best = mae;
                    chosen = candidate;
                }
            }
        }
        return Metrics.mae(chosen.fit(trainX, trainY, seed).predict(RepresentationExperiment.rows(x, split[2])),
                RepresentationExperiment.pick(y, split[2]));
    }

    /** The representation with one more column (or a one-hot block for a categorical property). */
    static double[][] augment(double[][] x, double[] a, boolean categorical) {
        double[] categories = categorical ? new TreeSet<>(Arrays.stream(a).boxed().toList()).stream()
                .mapToDouble(Double::doubleValue).toArray() : null;
        int extra = categorical ? categories.length : 1;
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = Arrays.copyOf(x[i], x[i].length + extra);
            if (categorical) {
                out[i][x[i].length + Arrays.binarySearch(categories, a[i])] = 1;
            } else {
                out[i][x[i].length] = a[i];
            }
        }
        return out;
    }

    /** A seeded 60/20/20 split of n rows: train, validation, test. */
    static int[][] split(int n, long seed) {
        int[] order = org.example.dim.engine.dataset.BatchPlan.shuffledOrder(n, seed);
        int train = (int) Math.round(0.6 * n);
        int validation = (int) Math.round(0.2 * n);
        return new int[][] {Arrays.copyOfRange(order, 0, train), Arrays.copyOfRange(order, train, train + validation),
            Arrays.copyOfRange(order, train + validation, n)};
    }

    private static double[] require(Map<String, double[]> properties, String name) {
        double[] v = properties.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no property '" + name + "'; there are " + new TreeSet<>(
                    properties.keySet()));
        }
        return v;
    }
}
