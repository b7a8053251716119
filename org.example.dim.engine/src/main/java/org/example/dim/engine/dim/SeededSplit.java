package org.example.dim.engine.dim;

import java.util.Arrays;
import org.example.dim.engine.dataset.BatchPlan;

/** A seeded hold-out split of n items: a share for validation, the rest for training, each in index order. */
record SeededSplit(int[] train, int[] validation) {

    static SeededSplit of(int n, double validationFraction, long seed) {
        int[] order = BatchPlan.shuffledOrder(n, seed);
        int v = (int) Math.round(n * validationFraction);
        int[] validation = Arrays.copyOf(order, v);
        int[] train = Arrays.copyOfRange(order, v, n);
        Arrays.sort(validation);
        Arrays.sort(train);
        return new SeededSplit(train, validation);
    }
}
