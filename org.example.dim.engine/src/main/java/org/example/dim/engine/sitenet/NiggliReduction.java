package org.example.dim.engine.sitenet;

/**
 * Niggli reduction of a lattice basis, by the numerically stable form of the Křivý–Gruber algorithm
 * (Grosse-Kunstleve, Sauter and Adams, Acta Cryst. A60, 2004), starting from an LLL-reduced basis.
 * The Niggli cell is unique, so its metric (a, b, c, α, β, γ) — all that the supercell rule
 * depends on — is the same whichever way it is reached. The basis returned is the input basis
 * transformed step by step, so it spans the same lattice; it is made right-handed.
 */
final class NiggliReduction {

    private static final int MAX_STEPS = 100;

    private NiggliReduction() {
    }

    /** Rows of a Niggli-reduced basis of the lattice with rows {@code basis}. */
    static double[][] reduce(double[][] basis, double relativeTolerance) {
        double[][] b = LllReduction.reduce(basis);
        double volume = Math.abs(det(b));
        double e = relativeTolerance * Math.cbrt(volume);
        for (int step = 0; step < MAX_STEPS; step++) {
            double[] g = metric(b);
            double a = g[0], bb = g[1], c = g[2], ee = g[3], n = g[4], y = g[5];
            if (a > bb + e || (Math.abs(a - bb) < e && Math.abs(ee) > Math.abs(n) + e)) {
                b = apply(b, new int[][] {{0, -1, 0}, {-1, 0, 0}, {0, 0, -1}}); // A1: swap a, b
                g = metric(b);
                a = g[0]; bb = g[1]; c = g[2]; ee = g[3]; n = g[4]; y = g[5];
            }
            if (bb > c + e || (Math.abs(bb - c) < e && Math.abs(n) > Math.abs(y) + e)) {
                b = apply(b, new int[][] {{-1, 0, 0}, {0, 0, -1}, {0, -1, 0}}); // A2: swap b, c
                continue;
            }
            int l = sign(ee, e);
            int m = sign(n, e);
            int k = sign(y, e);
            if (l * m * k == 1) {
                b = apply(b, diag(l == -1 ? -1 : 1, m == -1 ? -1 : 1, k == -1 ? -1 : 1)); // A3: all angles acute
            } else {
                int i = l == 1 ? -1 : 1;
                int j = m == 1 ? -1 : 1;
                int h = k == 1 ? -1 : 1;
                if (i * j * h == -1) {
                    if (k == 0) {
                        h = -1;
                    } else if (m == 0) {
                        j = -1;
                    } else if (l == 0) {
                        i = -1;
                    }
                }
                b = apply(b, diag(i, j, h)); // A4: all angles obtuse
            }
            g = metric(b);
            a = g[0]; bb = g[1]; c = g[2]; ee = g[3]; n = g[4]; y = g[5];
            if (Math.abs(ee) > bb + e || (Math.abs(ee - bb) < e && 2 * n < y - e) || (Math.abs(ee + bb) < e && y < -e)) {
                b = apply(b, new int[][] {{1, 0, 0}, {0, 1, -(int) Math.signum(ee)}, {0, 0, 1}}); // A5
                continue;
            }
            if (Math.abs(n) > a + e || (Math.abs(a - n) < e && 2 * ee < y - e) || (Math.abs(a + n) < e && y < -e)) {
                b = apply(b, new int[][] {{1, 0, -(int) Math.signum(n)}, {0, 1, 0}, {0, 0, 1}}); // A6
                continue;
            }
            if (Math.abs(y) > a + e || (Math.abs(a - y) < e && 2 * ee < n - e) || (Math.abs(a + y) < e && n < -e)) {
                b = apply(b, new int[][] {{1, -(int) Math.signum(y), 0}, {0, 1, 0}, {0, 0, 1}}); // A7
                continue;
            }
            double sum = ee + n + y + a + bb;
            if (sum < -e || (Math.abs(sum) < e && e < y + (a + n) * 2)) {
                b = apply(b, new int[][] {{1, 0, 1}, {0, 1, 1}, {0, 0, 1}}); // A8
                continue;
            }
            break;
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

    /** (A, B, C, ξ, η, ζ) = (a·a, b·b, c·c, 2 b·c, 2 a·c, 2 a·b). */
    private static double[] metric(double[][] b) {
        return new double[] {dot(b[0], b[0]), dot(b[1], b[1]), dot(b[2], b[2]), 2 * dot(b[1], b[2]),
            2 * dot(b[0], b[2]), 2 * dot(b[0], b[1])};
    }

    /** New basis vectors {@code b'_j = Σ_i M[i][j] b_i}, i.e. {@code G' = Mᵀ G M}. */
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

    private static double dot(double[] u, double[] v) {
        return u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
    }

    static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }
}
