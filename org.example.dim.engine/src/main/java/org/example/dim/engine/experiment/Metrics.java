package org.example.dim.engine.experiment;

import java.util.Arrays;

/** Error measures and summaries the experiments report. */
public final class Metrics {

    private Metrics() {
    }

    public static double mae(double[] predicted, double[] actual) {
        if (predicted.length != actual.length || actual.length == 0) {
            throw new IllegalArgumentException(predicted.length + " predictions for " + actual.length + " labels");
        }
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.abs(predicted[i] - actual[i]);
        }
        return sum / actual.length;
    }

    public static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
