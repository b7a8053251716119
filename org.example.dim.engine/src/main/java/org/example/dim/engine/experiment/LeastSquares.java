package org.example.dim.engine.experiment;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Linear regression with an intercept by least squares (scikit-learn's LinearRegression), or with an
 * L2 penalty on the coefficients (Ridge, not on the intercept). Solved by SVD (Commons Math) of the
 * d × d normal matrix, which gives the minimum-norm solution when there are fewer labelled rows than
 * features, as scikit-learn's lstsq does.
 */
final class LeastSquares implements Regressor {

    private final double alpha;

    LeastSquares(double alpha) {
        this.alpha = alpha;
    }

    @Override
    public String name() {
        return alpha == 0 ? "linear" : "ridge";
    }

    @Override
    public Fitted fit(double[][] x, double[] y, long seed) {
        Standardizer s = new Standardizer(x);
        double[][] z = s.apply(x);
        int n = z.length;
        int d = z[0].length;
        double yMean = 0;
        for (double v : y) {
            yMean += v / n;
        }
        // Centred inputs and target: the intercept is the target mean, and the penalty spares it. The
        // solution is pinv(ZᵀZ + αI)·Zᵀy, which is pinv(Z)·y for α = 0 (the minimum-norm least-squares
        // solution, as lstsq): a d × d decomposition however many rows there are.
        RealMatrix gram = new Array2DRowRealMatrix(d, d);
        double[] zty = new double[d];
        for (int i = 0; i < n; i++) {
            double[] row = z[i];
            double t = y[i] - yMean;
            for (int j = 0; j < d; j++) {
                if (row[j] == 0) {
                    continue;
                }
                zty[j] += row[j] * t;
                for (int k = j; k < d; k++) {
                    gram.addToEntry(j, k, row[j] * row[k]);
                }
            }
        }
        for (int j = 0; j < d; j++) {
            gram.addToEntry(j, j, alpha);
            for (int k = 0; k < j; k++) {
                gram.setEntry(j, k, gram.getEntry(k, j));
            }
        }
        double[] w = new SingularValueDecomposition(gram).getSolver().solve(new ArrayRealVector(zty, false)).toArray();
        double intercept = yMean;
        return rows -> {
            double[][] r = s.apply(rows);
            double[] out = new double[r.length];
            for (int i = 0; i < r.length; i++) {
                double v = intercept;
                for (int j = 0; j < d; j++) {
                    v += w[j] * r[i][j];
                }
                out[i] = v;
            }
            return out;
        };
    }
}
