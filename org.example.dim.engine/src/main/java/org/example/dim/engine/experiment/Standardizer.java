package org.example.dim.engine.experiment;

/** Column means and standard deviations of training rows, applied to any rows (constant columns stay 0). */
final class Standardizer {

    private final double[] mean;
    private final double[] scale;

    Standardizer(double[][] x) {
        int d = x[0].length;
        mean = new double[d];
        scale = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / x.length;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = scale[j] > 1e-24 ? Math.sqrt(scale[j]) : 1;
        }
    }

    double[][] apply(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = new double[mean.length];
            for (int j = 0; j < mean.length; j++) {
                out[i][j] = (x[i][j] - mean[j]) / scale[j];
            }
        }
        return out;
    }
}
