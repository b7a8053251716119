package org.example.dim.engine.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Splits a labelled table reproducibly for the few-labels experiments: a fixed train/test split
 * (seeded, 80/20 by default, or a given fold column), then in each replicate the labels of only N
 * training rows are kept and the others masked. Rows whose label is missing (NaN) are never counted as
 * labelled: they are left out of the test set and can only be masked rows.
 */
public final class LabelMasker {

    private final double testFraction;
    private final long seed;

    /** @param testFraction share of the labelled rows held out as the test set (0.2) */
    public LabelMasker(double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be between 0 and 1, got " + testFraction);
        }
        this.testFraction = testFraction;
        this.seed = seed;
    }

    /** Row indices: the labelled training rows of a replicate, the masked rows, and the test rows. */
    public record Split(int[] labelled, int[] masked, int[] test) {
    }

    /** The test rows for these labels: a seeded share of the rows that have a label. */
    public int[] testRows(double[] labels) {
        int[] withLabel = IntStream.range(0, labels.length).filter(i -> !Double.isNaN(labels[i])).toArray();
        int[] order = shuffled(withLabel, new Random(seed));
        int[] test = Arrays.copyOf(order, (int) Math.round(withLabel.length * testFraction));
        Arrays.sort(test);
        return test;
    }

    /** The test rows given by a fold column: the rows whose fold equals {@code testFold} and that have a label. */
    public static int[] testRows(double[] labels, String[] folds, String testFold) {
        return IntStream.range(0, labels.length).filter(i -> testFold.equals(folds[i]) && !Double.isNaN(labels[i]))
                .toArray();
    }

    /**
     * Replicate {@code replicate} (1, 2, ...) keeping {@code n} labels among the training rows.
     *
     * @throws IllegalArgumentException when fewer than n training rows have a label
     */
    public Split mask(double[] labels, int[] test, int n, int replicate) {
        boolean[] isTest = new boolean[labels.length];
        for (int t : test) {
            isTest[t] = true;
        }
        int[] candidates = IntStream.range(0, labels.length).filter(i -> !isTest[i] && !Double.isNaN(labels[i]))
                .toArray();
        if (n > candidates.length) {
            throw new IllegalArgumentException("asked to keep " + n + " labels, but only " + candidates.length
                    + " training rows have one");
        }
        // A stream per (n, replicate): the same replicate draws the same rows whatever else is run.
        int[] order = shuffled(candidates, new Random(seed * 1_000_003L + 7919L * n + replicate));
        int[] labelled = Arrays.copyOf(order, n);
        Arrays.sort(labelled);
        boolean[] kept = new boolean[labels.length];
        for (int i : labelled) {
            kept[i] = true;
        }
        List<Integer> masked = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (!isTest[i] && !kept[i]) {
                masked.add(i);
            }
        }
        return new Split(labelled, masked.stream().mapToInt(Integer::intValue).toArray(), test.clone());
    }

    private static int[] shuffled(int[] values, Random random) {
        int[] out = values.clone();
        for (int i = out.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }
}
