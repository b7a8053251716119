package org.example.dim.engine.crystal;

import java.util.Arrays;

/**
 * A periodic lattice given by its three row vectors a, b, c (Å) in a cartesian frame.
 *
 * <p>Built from cell parameters, the crystallographic convention is used (a along x, b in the
 * xy-plane), the frame in which CIF's {@code _atom_site_Cartn_*} coordinates are written. Lengths
 * in Å, angles in degrees. Immutable.
 */
public final class Lattice {

    private final double[][] m;
    private final double[][] inverse;
    private final double volume;

    /** Lattice from row vectors {@code rows[0]=a, rows[1]=b, rows[2]=c}. */
    public Lattice(double[][] rows) {
        if (rows.length != 3 || rows[0].length != 3 || rows[1].length != 3 || rows[2].length != 3) {
            throw new IllegalArgumentException("a lattice needs three vectors of three components");
        }
        this.m = new double[][] {rows[0].clone(), rows[1].clone(), rows[2].clone()};
        this.volume = Math.abs(Vec3.determinant(m));
        // Relative test: a reciprocal lattice of a large cell has a tiny but perfectly good volume.
        double lengths = Vec3.norm(m[0]) * Vec3.norm(m[1]) * Vec3.norm(m[2]);
        if (!(volume > 1e-10 * lengths) || !Double.isFinite(volume) || !Double.isFinite(lengths)) {
            throw new IllegalArgumentException("lattice vectors span no volume (volume " + volume + " Å³)");
        }
        this.inverse = Vec3.inverse(m);
    }

    /**
     * Lattice from cell lengths (Å) and angles (degrees), a along x and b in the xy-plane.
     *
     * @throws IllegalArgumentException if a length is not positive or the angles cannot close a cell
     */
    public static Lattice fromParameters(double a, double b, double c, double alpha, double beta, double gamma) {
        if (!(a > 0) || !(b > 0) || !(c > 0)) {
            throw new IllegalArgumentException("cell lengths must be positive, got " + a + ", " + b + ", " + c);
        }
        double ca = cosDeg(alpha), cb = cosDeg(beta), cg = cosDeg(gamma), sg = sinDeg(gamma);
        double cx = c * cb;
        double cy = c * (ca - cb * cg) / sg;
        double cz2 = c * c - cx * cx - cy * cy;
        if (!(cz2 > 0)) {
            throw new IllegalArgumentException("cell angles " + alpha + ", " + beta + ", " + gamma + " do not form a cell");
        }
        return new Lattice(new double[][] {{a, 0, 0}, {b * cg, b * sg, 0}, {cx, cy, Math.sqrt(cz2)}});
    }

    /** Exact cosines for the angles met most (90°, 120°, 60°) so that right angles stay right. */
    private static double cosDeg(double deg) {
        if (deg == 90.0) return 0.0;
        if (deg == 120.0) return -0.5;
        if (deg == 60.0) return 0.5;
        return Math.cos(Math.toRadians(deg));
    }

    private static double sinDeg(double deg) {
        return deg == 90.0 ? 1.0 : Math.sin(Math.toRadians(deg));
    }

    public double[][] matrix() {
        return new double[][] {m[0].clone(), m[1].clone(), m[2].clone()};
    }

    /** The inverse of {@link #matrix()}: fractional {@code f_j = Σ_i r_i · inverse[i][j]} (a copy). */
    public double[][] toFractionalMatrix() {
        return new double[][] {inverse[0].clone(), inverse[1].clone(), inverse[2].clone()};
    }

    public double[] vector(int i) {
        return m[i].clone();
    }

    public double a() { return Vec3.norm(m[0]); }
    public double b() { return Vec3.norm(m[1]); }
    public double c() { return Vec3.norm(m[2]); }
    public double alpha() { return Vec3.angleDeg(m[1], m[2]); }
    public double beta() { return Vec3.angleDeg(m[0], m[2]); }
    public double gamma() { return Vec3.angleDeg(m[0], m[1]); }

    /** Whether a = b = c and α = β = γ ≠ 90° (within 1e-3 relative and 0.01°): the shape of rhombohedral axes. */
    public boolean isRhombohedralShape() {
        double a = a();
        return Math.abs(b() - a) < 1e-3 * a && Math.abs(c() - a) < 1e-3 * a && Math.abs(beta() - alpha()) < 0.01
                && Math.abs(gamma() - alpha()) < 0.01 && Math.abs(alpha() - 90) > 0.01;
    }

    /** Cell volume in Å³. */
    public double volume() {
        return volume;
    }

    /** Reciprocal lattice with the physicist's 2π factor (rows a*, b*, c*, with a·a* = 2π). */
    public Lattice reciprocal() {
        return scaledReciprocal(2 * Math.PI);
    }

    /** Reciprocal lattice without the 2π factor, as crystallographers use it (a·a* = 1). */
    public Lattice reciprocalCrystallographic() {
        return scaledReciprocal(1.0);
    }

    private Lattice scaledReciprocal(double factor) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = factor * inverse[j][i];
            }
        }
        return new Lattice(r);
    }

    /** Writes the cartesian position (Å) of fractional coordinates {@code f} into {@code out}. */
    public void toCartesian(double[] f, double[] out) {
        double x = f[0], y = f[1], z = f[2];
        for (int j = 0; j < 3; j++) {
            out[j] = x * m[0][j] + y * m[1][j] + z * m[2][j];
        }
    }

    public double[] toCartesian(double[] f) {
        double[] out = new double[3];
        toCartesian(f, out);
        return out;
    }

    /** Writes the fractional coordinates of cartesian position {@code r} (Å) into {@code out}. */
    public void toFractional(double[] r, double[] out) {
        double x = r[0], y = r[1], z = r[2];
        for (int j = 0; j < 3; j++) {
            out[j] = x * inverse[0][j] + y * inverse[1][j] + z * inverse[2][j];
        }
    }

    public double[] toFractional(double[] r) {
        double[] out = new double[3];
        toFractional(r, out);
        return out;
    }

    /**
     * Distance (Å) between two fractional positions, taking the nearest periodic image of the
     * fractional difference. Exact for the short distances used to merge sites; not a full
     * minimum-image search for strongly sheared cells.
     */
    public double periodicDistance(double[] f1, double[] f2) {
        double dx = wrapCentered(f1[0] - f2[0]);
        double dy = wrapCentered(f1[1] - f2[1]);
        double dz = wrapCentered(f1[2] - f2[2]);
        double x = dx * m[0][0] + dy * m[1][0] + dz * m[2][0];
        double y = dx * m[0][1] + dy * m[1][1] + dz * m[2][1];
        double z = dx * m[0][2] + dy * m[1][2] + dz * m[2][2];
        return Math.sqrt(x * x + y * y + z * z);
    }

    private static double wrapCentered(double d) {
        return d - Math.rint(d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lattice l && Arrays.deepEquals(m, l.m);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(m);
    }

    @Override
    public String toString() {
        return String.format("Lattice[a=%.4f b=%.4f c=%.4f alpha=%.3f beta=%.3f gamma=%.3f]", a(), b(), c(), alpha(), beta(), gamma());
    }
}
