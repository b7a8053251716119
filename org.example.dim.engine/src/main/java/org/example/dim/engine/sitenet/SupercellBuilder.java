package org.example.dim.engine.sitenet;

import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.crystal.Structure;

/**
 * Builds Site-Net's "roughly cubic" supercell of at most N sites (reference §1.2).
 *
 * <p>The lattice rows a, b, c are sheared to orthogonal rows a', b', c' = c by the unit upper-triangular
 * matrix S (b' is b less its part along c; a' is a less its parts along b and c). Starting from one
 * repeat per axis, the axis whose sheared edge {@code repeats·|edge|} is shortest (the first on ties)
 * grows by one while the site count stays ≤ N; the first refusal stops the growth. The integer
 * supercell matrix is {@code M = round(diag(repeats)·S)}.
 *
 * <p>Rounding ties: entries that are half-integers in exact arithmetic (fcc, hexagonal cells) come out
 * of floating point a few ulps either side of .5, so the reference's numpy {@code rint} rounds them
 * by accident of the last bits (its §6, bug 8). Here an entry within 1e-9 of a half-integer is taken
 * as exactly that half-integer and rounded half to even, so the result does not depend on the
 * arithmetic. Any rounding gives a valid supercell with the same det M and site count; only the
 * shape (and so the distances) of tie cases can differ from the reference's.
 */
public final class SupercellBuilder {

    private static final double TIE_SNAP = 1e-9;

    private final int maxSites;
    private final OversizePolicy oversizePolicy;

    public SupercellBuilder(int maxSites, OversizePolicy oversizePolicy) {
        if (maxSites < 1) {
            throw new IllegalArgumentException("supercell size must be at least 1, got " + maxSites);
        }
        this.maxSites = maxSites;
        this.oversizePolicy = oversizePolicy;
    }

    /** Thrown for a crystal left out under {@link OversizePolicy#SKIP}. */
    public static final class OversizeException extends Exception {
        public OversizeException(String message) {
            super(message);
        }
    }

    public Supercell build(Structure primitive) throws OversizeException {
        int p = primitive.size();
        if (p == 0) {
            throw new IllegalArgumentException("structure has no sites");
        }
        boolean oversize = p > maxSites;
        if (oversize && oversizePolicy == OversizePolicy.SKIP) {
            throw new OversizeException("primitive cell has " + p + " sites, more than the supercell size "
                    + maxSites);
        }
        double[][] l = primitive.lattice().matrix();
        double[][] shear = shear(l);
        double[] edges = shearedEdgeLengths(shear, l);
        int[] repeats = {1, 1, 1};
        if (!oversize) {
            grow(repeats, edges, p);
        }
        int[][] m = new int[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[i][j] = (int) roundHalfEven(repeats[i] * shear[i][j]);
            }
        }
        double[][] rows = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    rows[i][k] += m[i][j] * l[j][k];
                }
            }
        }
        return new Supercell(primitive, m, repeats[0] * repeats[1] * repeats[2], new Lattice(rows), oversize);
    }

    /** The greedy growth of reference §1.2: the shortest scaled edge grows while the sites stay ≤ N. */
    private void grow(int[] repeats, double[] edges, int p) {
        while (true) {
            int k = 0;
            for (int i = 1; i < 3; i++) {
                if (repeats[i] * edges[i] < repeats[k] * edges[k]) {
                    k = i;
                }
            }
            long sites = (long) p * repeats[0] * repeats[1] * repeats[2] / repeats[k] * (repeats[k] + 1);
            if (sites > maxSites) {
                return;
            }
            repeats[k]++;
        }
    }

    /** S with rows [1, −α, −β], [0, 1, −b·c/|c|²], [0, 0, 1], so that S·L has orthogonal rows. */
    static double[][] shear(double[][] l) {
        double[] a = l[0];
        double[] b = l[1];
        double[] c = l[2];
        double bb = dot(b, b);
        double bc = dot(b, c);
        double cc = dot(c, c);
        double ab = dot(a, b);
        double ac = dot(a, c);
        double det = bb * cc - bc * bc;
        double alpha = (ab * cc - ac * bc) / det;
        double beta = (ac * bb - ab * bc) / det;
        return new double[][] {{1, -alpha, -beta}, {0, 1, -bc / cc}, {0, 0, 1}};
    }

    private static double[] shearedEdgeLengths(double[][] s, double[][] l) {
        double[] lengths = new double[3];
        for (int i = 0; i < 3; i++) {
            double[] v = new double[3];
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    v[k] += s[i][j] * l[j][k];
                }
            }
            lengths[i] = Math.sqrt(dot(v, v));
        }
        return lengths;
    }

    static double roundHalfEven(double x) {
        double half = Math.floor(x) + 0.5;
        return Math.rint(Math.abs(x - half) < TIE_SNAP ? half : x);
    }

    private static double dot(double[] u, double[] v) {
        return u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
    }
}
