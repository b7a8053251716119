package org.example.dim.engine.experiment;

import java.util.Random;

/**
 * The papers' neural network, scikit-learn's {@code MLPRegressor(hidden_layer_sizes=[64], max_iter=5000)}:
 * one hidden layer of 64 ReLU units, squared error plus the L2 penalty α/2n·|W|² (α = 1e-4), Adam
 * (lr 1e-3, β = 0.9/0.999, ε = 1e-8) on shuffled mini-batches of min(200, n), Glorot-uniform
 * initialisation, stopped when the epoch loss has not improved by 1e-4 for 10 epochs. Inputs and target
 * are standardised on the training rows.
 *
 * <p>Written out rather than built with DL4J: a DL4J iteration cost ~7 ms of framework overhead on these
 * tiny matrices, which made the experiments' hundreds of fits take hours instead of seconds.
 */
final class MlpRegressor implements Regressor {

    private static final int HIDDEN = 64;
    private static final int MAX_EPOCHS = 5000;
    private static final int NO_CHANGE_EPOCHS = 10;
    private static final double TOLERANCE = 1e-4;
    private static final double ALPHA = 1e-4;
    private static final double LEARNING_RATE = 1e-3;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    @Override
    public String name() {
        return "mlp";
    }

    @Override
    public Fitted fit(double[][] x, double[] y, long seed) {
        Standardizer s = new Standardizer(x);
        double[][] z = s.apply(x);
        double yMean = 0;
        for (double v : y) {
            yMean += v / y.length;
        }
        double yVar = 0;
        for (double v : y) {
            yVar += (v - yMean) * (v - yMean) / y.length;
        }
        double yScale = yVar > 0 ? Math.sqrt(yVar) : 1;
        double[] t = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            t[i] = (y[i] - yMean) / yScale;
        }
        Network net = new Network(z[0].length, new Random(seed));
        net.train(z, t, new Random(seed + 1));
        double mean = yMean;
        return rows -> {
            double[][] r = s.apply(rows);
            double[] out = new double[r.length];
            double[] h = new double[HIDDEN];
            for (int i = 0; i < r.length; i++) {
                out[i] = net.forward(r[i], h) * yScale + mean;
            }
            return out;
        };
    }

    /** The weights (parameter vector: W1 row-major, b1, W2, b2) and Adam's moments. */
    private static final class Network {
        final int d;
        final double[] p;
        final int b1;
        final int w2;
        final int b2;

        Network(int d, Random random) {
            this.d = d;
            b1 = d * HIDDEN;
            w2 = b1 + HIDDEN;
            b2 = w2 + HIDDEN;
            p = new double[b2 + 1];
            double bound1 = Math.sqrt(6.0 / (d + HIDDEN));
            double bound2 = Math.sqrt(6.0 / (HIDDEN + 1));
            for (int i = 0; i < w2; i++) {
                p[i] = (2 * random.nextDouble() - 1) * bound1;
            }
            for (int i = w2; i < p.length; i++) {
                p[i] = (2 * random.nextDouble() - 1) * bound2;
            }
        }

        double forward(double[] x, double[] h) {
            double out = p[b2];
            for (int k = 0; k < HIDDEN; k++) {
                double a = p[b1 + k];
                for (int j = 0; j < d; j++) {
                    a += x[j] * p[j * HIDDEN + k];
                }
                h[k] = Math.max(0, a);
                out += h[k] * p[w2 + k];
            }
            return out;
        }

        void train(double[][] x, double[] t, Random order) {
            int n = x.length;
            int batch = Math.min(200, n);
            double[] m = new double[p.length];
            double[] v = new double[p.length];
            double[] g = new double[p.length];
            double[] h = new double[HIDDEN];
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            long step = 0;
            double best = Double.POSITIVE_INFINITY;
            int stale = 0;
            for (int epoch = 0; epoch < MAX_EPOCHS && stale <= NO_CHANGE_EPOCHS; epoch++) {
                for (int i = n - 1; i > 0; i--) {
                    int j = order.nextInt(i + 1);
                    int tmp = idx[i];
                    idx[i] = idx[j];
                    idx[j] = tmp;
                }
                double loss = 0;
                for (int start = 0; start < n; start += batch) {
                    int end = Math.min(n, start + batch);
                    int size = end - start;
                    java.util.Arrays.fill(g, 0);
                    double squares = 0;
                    for (int k = start; k < end; k++) {
                        double[] xi = x[idx[k]];
                        double e = forward(xi, h) - t[idx[k]];
                        squares += e * e;
                        double de = e / size;
                        g[b2] += de;
                        for (int u = 0; u < HIDDEN; u++) {
                            g[w2 + u] += de * h[u];
                            if (h[u] > 0) {
                                double dh = de * p[w2 + u];
                                g[b1 + u] += dh;
                                for (int j = 0; j < d; j++) {
                                    g[j * HIDDEN + u] += dh * xi[j];
                                }
                            }
                        }
                    }
                    double weights = 0;
                    for (int i = 0; i < b1; i++) {
                        g[i] += ALPHA / size * p[i];
                        weights += p[i] * p[i];
                    }
                    for (int i = w2; i < b2; i++) {
                        g[i] += ALPHA / size * p[i];
                        weights += p[i] * p[i];
                    }
                    loss += (squares / (2 * size) + ALPHA / (2 * size) * weights) * size;
                    step++;
                    double c1 = 1 - Math.pow(BETA1, step);
                    double c2 = 1 - Math.pow(BETA2, step);
                    double rate = LEARNING_RATE * Math.sqrt(c2) / c1;
                    for (int i = 0; i < p.length; i++) {
                        m[i] = BETA1 * m[i] + (1 - BETA1) * g[i];
                        v[i] = BETA2 * v[i] + (1 - BETA2) * g[i] * g[i];
                        p[i] -= rate * m[i] / (Math.sqrt(v[i]) + EPSILON);
                    }
                }
                loss /= n;
                // scikit-learn's rule: an epoch counts as no improvement unless it beats the best by tol.
                stale = loss > best - TOLERANCE ? stale + 1 : 0;
                best = Math.min(best, loss);
            }
        }
    }
}
