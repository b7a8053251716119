package org.example.dim.engine.sitenet;

/**
 * Lenstra–Lenstra–Lovász reduction of a 3D lattice basis (δ = 0.75, as pymatgen), so that
 * minimum-image searches over neighbouring cells are exact for all but pathological cells. Written
 * here because three vectors do not justify a linear-algebra dependency.
 */
final class LllReduction {

    private static final double DELTA = 0.75;

    private LllReduction() {
    }

    /** A reduced basis (rows) of the lattice with rows {@code basis}; the input is not changed. */
    static double[][] reduce(double[][] basis) {
        double[][] b = {basis[0].clone(), basis[1].clone(), basis[2].clone()};
        double[][] star = new double[3][];
        double[][] mu = new double[3][3];
        double[] norms = new double[3];
        gramSchmidt(b, star, mu, norms);
        int k = 1;
        int guard = 0;
        while (k < 3 && guard++ < 10_000) {
            for (int j = k - 1; j >= 0; j--) {
                double q = Math.rint(mu[k][j]);
                if (q != 0) {
                    for (int axis = 0; axis < 3; axis++) {
                        b[k][axis] -= q * b[j][axis];
                    }
                    gramSchmidt(b, star, mu, norms);
                }
            }
            if (norms[k] >= (DELTA - mu[k][k - 1] * mu[k][k - 1]) * norms[k - 1]) {
                k++;
            } else {
                double[] t = b[k];
                b[k] = b[k - 1];
                b[k - 1] = t;
                gramSchmidt(b, star, mu, norms);
                k = Math.max(k - 1, 1);
            }
        }
        return b;
    }

    private static void gramSchmidt(double[][] b, double[][] star, double[][] mu, double[] norms) {
        for (int i = 0; i < 3; i++) {
            star[i] = b[i].clone();
            for (int j = 0; j < i; j++) {
                mu[i][j] = dot(b[i], star[j]) / norms[j];
                for (int axis = 0; axis < 3; axis++) {
                    star[i][axis] -= mu[i][j] * star[j][axis];
                }
            }
            norms[i] = dot(star[i], star[i]);
        }
    }

    private static double dot(double[] u, double[] v) {
        return u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
    }
}
