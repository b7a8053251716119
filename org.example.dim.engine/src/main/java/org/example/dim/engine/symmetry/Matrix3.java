package org.example.dim.engine.symmetry;

import java.util.ArrayList;
import java.util.List;

/**
 * The 3×3 integer and real matrix operations the symmetry search needs (rotations act on column
 * vectors of fractional coordinates); too few to justify a linear-algebra dependency.
 */
final class Matrix3 {

    static final int[][] IDENTITY = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

    private Matrix3() {
    }

    static int[][] multiply(int[][] a, int[][] b) {
        int[][] out = new int[3][3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                out[i][k] = a[i][0] * b[0][k] + a[i][1] * b[1][k] + a[i][2] * b[2][k];
            }
        }
        return out;
    }

    static double[][] multiply(double[][] a, double[][] b) {
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                out[i][k] = a[i][0] * b[0][k] + a[i][1] * b[1][k] + a[i][2] * b[2][k];
            }
        }
        return out;
    }

    static double[] apply(double[][] m, double[] v) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2];
        }
        return out;
    }

    static double[] apply(int[][] m, double[] v) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2];
        }
        return out;
    }

    static int[] apply(int[][] m, int[] v) {
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            out[i] = m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2];
        }
        return out;
    }

    static int determinant(int[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    static int trace(int[][] m) {
        return m[0][0] + m[1][1] + m[2][2];
    }

    static double[][] toDouble(int[][] m) {
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                out[i][k] = m[i][k];
            }
        }
        return out;
    }

    static double[][] transpose(double[][] m) {
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                out[i][k] = m[k][i];
            }
        }
        return out;
    }

    /** The integer matrix nearest to {@code m}, or null when an entry is farther than {@code tol} from an integer. */
    static int[][] rounded(double[][] m, double tol) {
        int[][] out = new int[3][3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                double r = Math.rint(m[i][k]);
                if (Math.abs(m[i][k] - r) > tol) {
                    return null;
                }
                out[i][k] = (int) r;
            }
        }
        return out;
    }

    /** A number that identifies a matrix with entries in −8..7, for sets of rotations. */
    static long code(int[][] m) {
        long c = 0;
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                c = (c << 4) | ((m[i][k] + 8) & 0xF);
            }
        }
        return c;
    }

    /** The rotation whose {@link #code(int[][])} this is. */
    static int[][] decode(long c) {
        int[][] m = new int[3][3];
        for (int i = 2; i >= 0; i--) {
            for (int k = 2; k >= 0; k--) {
                m[i][k] = (int) (c & 0xF) - 8;
                c >>>= 4;
            }
        }
        return m;
    }

    static int[] cross(int[] u, int[] v) {
        return new int[] {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
    }

    /** {@code v} divided by the gcd of its entries. */
    static int[] primitive(int[] v) {
        int g = gcd(gcd(Math.abs(v[0]), Math.abs(v[1])), Math.abs(v[2]));
        return g <= 1 ? v : new int[] {v[0] / g, v[1] / g, v[2] / g};
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /**
     * The distinct vectors {@code inverse·n} modulo 1 over integer n, for {@code inverse} the inverse of an
     * integer matrix of determinant ±{@code det}: the points of a lattice within a cell of a sublattice.
     */
    static List<double[]> translationsModuloOne(double[][] inverse, int det) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < det; i++) {
            for (int j = 0; j < det; j++) {
                for (int k = 0; k < det; k++) {
                    double[] t = apply(inverse, new double[] {i, j, k});
                    for (int x = 0; x < 3; x++) {
                        t[x] = wrap(Math.rint(t[x] * 1e9) / 1e9);
                    }
                    if (!containsModuloOne(out, t)) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    /** Whether {@code list} holds {@code t} up to whole cells (and 1e-6 of rounding). */
    static boolean containsModuloOne(List<double[]> list, double[] t) {
        for (double[] u : list) {
            if (Math.abs(wrapCentered(u[0] - t[0])) < 1e-6 && Math.abs(wrapCentered(u[1] - t[1])) < 1e-6
                    && Math.abs(wrapCentered(u[2] - t[2])) < 1e-6) {
                return true;
            }
        }
        return false;
    }

    /** The nearest signed distance of {@code x} from an integer, in [−½, ½]. */
    static double wrapCentered(double x) {
        return x - Math.rint(x);
    }

    /** Into [0, 1). */
    static double wrap(double x) {
        double w = x - Math.floor(x);
        return w >= 1.0 ? 0.0 : w;
    }
}
