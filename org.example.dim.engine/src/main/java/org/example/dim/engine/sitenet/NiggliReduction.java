package org.example.dim.engine.sitenet;

/**
 * Niggli reduction of a lattice basis: the numerically stable Křivý–Gruber algorithm of
 * Grosse-Kunstleve, Sauter and Adams (Acta Cryst. A60, 2004), started from an LLL-reduced basis,
 * with the step semantics of pymatgen 2022.11 {@code Lattice.get_niggli_reduced_lattice}, so that the
 * Site-Net reference's cells are met exactly.
 *
 * <p>pymatgen differs from the paper in one place: after step A1 (swap a, b) it tests A2 and picks the
 * signs of A3/A4 with the metric read <em>before</em> A1. When a ≈ b ≈ c this can end on a cell
 * that breaks a Niggli condition (for example b slightly longer than c, or one 60° angle where the
 * paper gives 120°). Those cells are still reduced bases of the same lattice, with the same
 * volume; they are only another choice among nearly equal ones. Following pymatgen here matters
 * because the Site-Net supercell rule reads the cell's axes in order.
 *
 * <p>The basis is transformed alongside the metric, so the result spans the same lattice in the same
 * cartesian frame; it is made right-handed at the end.
 */
final class NiggliReduction {

    /** pymatgen's default relative tolerance. */
    static final double DEFAULT_TOLERANCE = 1e-5;

    private static final int MAX_STEPS = 100;

    private static final int[][] A1 = {{0, -1, 0}, {-1, 0, 0}, {0, 0, -1}};
    private static final int[][] A2 = {{-1, 0, 0}, {0, 0, -1}, {0, -1, 0}};
    private static final int[][] A8 = {{1, 0, 1}, {0, 1, 1}, {0, 0, 1}};

    private NiggliReduction() {
    }

    /**
     * Rows of a Niggli-reduced basis of the lattice with rows {@code basis}.
     *
     * @param relativeTolerance tolerance ε relative to the cube root of the volume (pymatgen: 1e-5)
     */
    static double[][] reduce(double[][] basis, double relativeTolerance) {
        double[][] b = LllReduction.reduce(basis);
        double volume = Math.abs(det(basis));
        if (!(volume > 0) || !Double.isFinite(volume)) {
            throw new IllegalArgumentException("cannot Niggli-reduce a lattice without volume (" + volume + " Å³)");
        }
        double e = relativeTolerance * Math.cbrt(volume);
        double[][] g = metric(b);
        for (int step = 0; step < MAX_STEPS; step++) {
            // The six numbers as read at the top of the pass; A2 and A3/A4 use these even after A1.
            double a = g[0][0], bb = g[1][1], c = g[2][2];
            double xi = 2 * g[1][2], eta = 2 * g[0][2], zeta = 2 * g[0][1];
            if (a > bb + e || (Math.abs(a - bb) < e && Math.abs(xi) > Math.abs(eta) + e)) {
                g = transform(g, A1);
                b = apply(b, A1);
            }
            if (bb > c + e || (Math.abs(bb - c) < e && Math.abs(eta) > Math.abs(zeta) + e)) {
                g = transform(g, A2);
                b = apply(b, A2);
                continue;
            }
            int l = sign(xi, e);
            int m = sign(eta, e);
            int n = sign(zeta, e);
            int[][] flip;
            if (l * m * n == 1) {
                flip = diag(l == -1 ? -1 : 1, m == -1 ? -1 : 1, n == -1 ? -1 : 1);
            } else {
                int i = l == 1 ? -1 : 1;
                int j = m == 1 ? -1 : 1;
                int k = n == 1 ? -1 : 1;
                if (i * j * k == -1) {
                    if (n == 0) {
                        k = -1;
                    } else if (m == 0) {
                        j = -1;
                    } else if (l == 0) {
                        i = -1;
                    }
                }
                flip = diag(i, j, k);
            }
            g = transform(g, flip);
            b = apply(b, flip);

            a = g[0][0];
            bb = g[1][1];
            c = g[2][2];
            xi = 2 * g[1][2];
            eta = 2 * g[0][2];
            zeta = 2 * g[0][1];
            int[][] next = null;
            if (Math.abs(xi) > bb + e || (Math.abs(xi - bb) < e && 2 * eta < zeta - e)
                    || (Math.abs(xi + bb) < e && zeta < -e)) {
                next = new int[][] {{1, 0, 0}, {0, 1, -(int) Math.signum(xi)}, {0, 0, 1}};
            } else if (Math.abs(eta) > a + e || (Math.abs(a - eta) < e && 2 * xi < zeta - e)
                    || (Math.abs(a + eta) < e && zeta < -e)) {
                next = new int[][] {{1, 0, -(int) Math.signum(eta)}, {0, 1, 0}, {0, 0, 1}};
            } else if (Math.abs(zeta) > a + e || (Math.abs(a - zeta) < e && 2 * xi < eta - e)
                    || (Math.abs(a + zeta) < e && eta < -e)) {
                next = new int[][] {{1, -(int) Math.signum(zeta), 0}, {0, 1, 0}, {0, 0, 1}};
            } else {
                double sum = xi + eta + zeta + a + bb;
                if (sum < -e || (Math.abs(sum) < e && e < zeta + (a + eta) * 2)) {
                    next = A8;
                }
            }
            if (next == null) {
                break;
            }
            g = transform(g, next);
            b = apply(b, next);
        }
        if (det(b) < 0) {
            for (double[] row : b) {
                for (int k = 0; k < 3; k++) {
                    row[k] = -row[k];
                }
            }
        }
        return b;
    }

    /** The metric tensor {@code G = B Bᵀ} of basis rows B. */
    private static double[][] metric(double[][] b) {
        double[][] g = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                g[i][j] = b[i][0] * b[j][0] + b[i][1] * b[j][1] + b[i][2] * b[j][2];
            }
        }
        return g;
    }

    /** {@code Mᵀ G M}. */
    private static double[][] transform(double[][] g, int[][] m) {
        double[][] gm = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                gm[i][j] = g[i][0] * m[0][j] + g[i][1] * m[1][j] + g[i][2] * m[2][j];
            }
        }
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                out[i][j] = m[0][i] * gm[0][j] + m[1][i] * gm[1][j] + m[2][i] * gm[2][j];
            }
        }
        return out;
    }

    /** New basis vectors {@code b'_j = Σ_i M[i][j] b_i}, the basis whose metric is {@code Mᵀ G M}. */
    private static double[][] apply(double[][] b, int[][] m) {
        double[][] out = new double[3][3];
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
                if (m[i][j] != 0) {
                    for (int k = 0; k < 3; k++) {
                        out[j][k] += m[i][j] * b[i][k];
                    }
                }
            }
        }
        return out;
    }

    private static int[][] diag(int i, int j, int k) {
        return new int[][] {{i, 0, 0}, {0, j, 0}, {0, 0, k}};
    }

    private static int sign(double x, double e) {
        return Math.abs(x) < e ? 0 : x > 0 ? 1 : -1;
    }

    static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }
}
