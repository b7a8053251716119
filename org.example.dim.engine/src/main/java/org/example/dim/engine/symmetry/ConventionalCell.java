package org.example.dim.engine.symmetry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.example.dim.engine.crystal.CrystalSystem;
import org.example.dim.engine.crystal.Vec3;

/**
 * The conventional cell of a crystal, placed on its symmetry axes as the International Tables place
 * it, so that its rotations are written exactly as in the tables' settings: c along the 3-, 4- or
 * 6-fold axis with a the shortest lattice vector across it and b its image under the rotation;
 * b along the monoclinic 2-fold axis; a, b, c along the three 2-fold (or, cubic, 4-fold) axes.
 * Each vector is the shortest lattice vector in its direction. The cell is right-handed, and a
 * rhombohedral lattice is taken in the obverse setting, the one the tables list.
 *
 * @param basis     columns: the conventional basis vectors in the primitive cell's fractional coordinates
 * @param centrings the lattice translations within the conventional cell, its origin included
 */
record ConventionalCell(int[][] basis, List<double[]> centrings) {

    private static final double[] OBVERSE = {2.0 / 3, 1.0 / 3, 1.0 / 3};

    /**
     * The conventional cells to try, in turn, for a match in the tables. A cubic group without 4-fold
     * axes (Pa-3, say) is listed in one orientation only, and a quarter turn of the axes gives another
     * one (Pb-3); so for cubic groups the cell with a and b swapped (c reversed) is tried too.
     *
     * @param rotations the point group, in the primitive cell's fractional coordinates
     * @param lattice   the primitive cell's basis rows (Å)
     * @return the cells; none when the rotations do not show the axes their crystal system needs
     */
    static List<ConventionalCell> candidates(CrystalSystem system, List<int[][]> rotations, double[][] lattice) {
        ConventionalCell cell = of(system, rotations, lattice);
        if (cell == null) {
            return List.of();
        }
        if (system != CrystalSystem.CUBIC) {
            return List.of(cell);
        }
        int[][] b = cell.basis();
        int[][] swapped = new int[3][];
        for (int i = 0; i < 3; i++) {
            swapped[i] = new int[] {b[i][1], b[i][0], -b[i][2]};
        }
        return List.of(cell, new ConventionalCell(swapped, cell.centrings()));
    }

    private static ConventionalCell of(CrystalSystem system, List<int[][]> rotations, double[][] lattice) {
        int[][] columns = switch (system) {
            case TRICLINIC -> Matrix3.IDENTITY;
            case MONOCLINIC -> monoclinic(rotations, lattice);
            case ORTHORHOMBIC -> onAxes(properOfOrder(rotations, 2), lattice);
            case TETRAGONAL -> aroundAxis(first(properOfOrder(rotations, 4)), lattice);
            // Every trigonal and hexagonal group holds 3-fold rotations (a 6-fold's square among them).
            case TRIGONAL, HEXAGONAL -> aroundAxis(first(properOfOrder(rotations, 3)), lattice);
            case CUBIC -> {
                List<int[][]> fourFold = properOfOrder(rotations, 4);
                yield onAxes(fourFold.isEmpty() ? properOfOrder(rotations, 2) : fourFold, lattice);
            }
        };
        if (columns == null) {
            return null;
        }
        List<double[]> centrings = centrings(columns);
        if (centrings.size() == 3 && !Matrix3.containsModuloOne(centrings, OBVERSE)) {
            // Reverse setting; a half turn about c makes it obverse.
            for (int i = 0; i < 3; i++) {
                columns[i][0] = -columns[i][0];
                columns[i][1] = -columns[i][1];
            }
            centrings = centrings(columns);
        }
        return new ConventionalCell(columns, centrings);
    }

    /** {@code (P⁻¹WP, P⁻¹t)}: an operation of the primitive cell in conventional coordinates, without centring. */
    SymmetryOperation transform(SymmetryOperation op) {
        double[][] p = Matrix3.toDouble(basis);
        double[][] inv = Vec3.inverse(p);
        int[][] w = Matrix3.rounded(Matrix3.multiply(inv, Matrix3.multiply(Matrix3.toDouble(op.rotation()), p)), 1e-6);
        if (w == null) {
            throw new IllegalStateException("rotation " + op + " does not keep the conventional lattice");
        }
        return SymmetryOperation.of(w, Matrix3.apply(inv, op.translation()));
    }

    /** The conventional basis rows (Å) of a primitive lattice. */
    double[][] lattice(double[][] primitive) {
        double[][] out = new double[3][3];
        for (int k = 0; k < 3; k++) {
            for (int x = 0; x < 3; x++) {
                out[k][x] = basis[0][k] * primitive[0][x] + basis[1][k] * primitive[1][x] + basis[2][k] * primitive[2][x];
            }
        }
        return out;
    }

    private static int[][] monoclinic(List<int[][]> rotations, double[][] lattice) {
        int[][] twoFold = first(properOfOrder(rotations, 2));
        if (twoFold == null) {
            return null;
        }
        int[][] plane = planeBasis(sum(twoFold, 2), lattice);
        return plane == null ? null : rightHanded(columns(plane[0], axis(twoFold), plane[1]), lattice, 2);
    }

    /** Three lattice vectors along the distinct axes of the given 2- or 4-fold rotations. */
    private static int[][] onAxes(List<int[][]> rotations, double[][] lattice) {
        List<int[]> axes = new ArrayList<>();
        for (int[][] r : rotations) {
            int[] u = axis(r);
            if (axes.stream().noneMatch(v -> parallel(u, v))) {
                axes.add(u);
            }
        }
        return axes.size() != 3 ? null : rightHanded(columns(axes.get(0), axes.get(1), axes.get(2)), lattice, 2);
    }

    /** c on the axis of an n-fold rotation, a the shortest vector across it, b = R·a, right-handed. */
    private static int[][] aroundAxis(int[][] r, double[][] lattice) {
        if (r == null) {
            return null;
        }
        int order = PointGroup.properOrder(r);
        int[][] plane = planeBasis(sum(r, order), lattice);
        if (plane == null) {
            return null;
        }
        int[] a = plane[0];
        int[] c = axis(r);
        int[][] cell = columns(a, Matrix3.apply(r, a), c);
        if (handedness(cell, lattice) < 0) {
            cell = columns(a, Matrix3.apply(power(r, order - 1), a), c);
        }
        return cell;
    }

    /** The proper parts {@code det(W)·W} of the rotations of the given order. */
    private static List<int[][]> properOfOrder(List<int[][]> rotations, int order) {
        List<int[][]> out = new ArrayList<>();
        for (int[][] w : rotations) {
            if (PointGroup.properOrder(w) == order) {
                out.add(Matrix3.determinant(w) > 0 ? w : negated(w));
            }
        }
        return out;
    }

    private static int[][] first(List<int[][]> rotations) {
        return rotations.isEmpty() ? null : rotations.get(0);
    }

    /** The shortest lattice vector on the axis of a proper rotation other than the identity. */
    private static int[] axis(int[][] r) {
        int[][] m = new int[3][];
        for (int i = 0; i < 3; i++) {
            m[i] = r[i].clone();
            m[i][i] -= 1;
        }
        for (int i = 0; i < 3; i++) {
            int[] u = Matrix3.cross(m[i], m[(i + 1) % 3]);
            if (u[0] != 0 || u[1] != 0 || u[2] != 0) {
                return Matrix3.primitive(u);
            }
        }
        throw new IllegalArgumentException("the identity has no axis");
    }

    /** {@code Σ_{k<n} R^k}, zero on the plane across the axis of an n-fold rotation R. */
    private static int[][] sum(int[][] r, int order) {
        int[][] s = new int[3][3];
        int[][] p = Matrix3.IDENTITY;
        for (int k = 0; k < order; k++) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    s[i][j] += p[i][j];
                }
            }
            p = Matrix3.multiply(p, r);
        }
        return s;
    }

    /**
     * A basis of the lattice vectors v with {@code S·v = 0} (S of rank 1): the shortest such vector and
     * the shortest that completes it to a basis of that plane lattice; null if none is found among small
     * coefficients.
     */
    private static int[][] planeBasis(int[][] s, double[][] lattice) {
        int[] normal = null;
        for (int[] row : s) {
            if (row[0] != 0 || row[1] != 0 || row[2] != 0) {
                normal = Matrix3.primitive(row);
                break;
            }
        }
        if (normal == null) {
            return null;
        }
        List<int[]> vectors = new ArrayList<>();
        for (int i = -3; i <= 3; i++) {
            for (int j = -3; j <= 3; j++) {
                for (int k = -3; k <= 3; k++) {
                    if ((i != 0 || j != 0 || k != 0) && normal[0] * i + normal[1] * j + normal[2] * k == 0) {
                        vectors.add(new int[] {i, j, k});
                    }
                }
            }
        }
        if (vectors.isEmpty()) {
            return null;
        }
        vectors.sort(Comparator.comparingDouble(v -> length(v, lattice)));
        int[] first = vectors.get(0);
        for (int[] v : vectors) {
            int[] c = Matrix3.cross(first, v);
            if (parallel(c, normal) && Math.abs(c[0]) + Math.abs(c[1]) + Math.abs(c[2])
                    == Math.abs(normal[0]) + Math.abs(normal[1]) + Math.abs(normal[2])) {
                return new int[][] {first, v};
            }
        }
        return null;
    }

    /** The lattice translations in the cell with these columns: {@code P⁻¹n} modulo 1 for integer n. */
    private static List<double[]> centrings(int[][] columns) {
        return Matrix3.translationsModuloOne(Vec3.inverse(Matrix3.toDouble(columns)),
                Math.abs(Matrix3.determinant(columns)));
    }

    /** The cell with column {@code flip} negated when it would be left-handed. */
    private static int[][] rightHanded(int[][] cell, double[][] lattice, int flip) {
        if (handedness(cell, lattice) < 0) {
            for (int i = 0; i < 3; i++) {
                cell[i][flip] = -cell[i][flip];
            }
        }
        return cell;
    }

    /** The sign of the determinant of the conventional basis rows in cartesian space. */
    private static double handedness(int[][] cell, double[][] lattice) {
        return Math.signum(Matrix3.determinant(cell) * Vec3.determinant(lattice));
    }

    private static int[][] columns(int[] a, int[] b, int[] c) {
        return new int[][] {{a[0], b[0], c[0]}, {a[1], b[1], c[1]}, {a[2], b[2], c[2]}};
    }

    private static boolean parallel(int[] u, int[] v) {
        int[] c = Matrix3.cross(u, v);
        return c[0] == 0 && c[1] == 0 && c[2] == 0;
    }

    private static double length(int[] v, double[][] lattice) {
        double s = 0;
        for (int x = 0; x < 3; x++) {
            double c = v[0] * lattice[0][x] + v[1] * lattice[1][x] + v[2] * lattice[2][x];
            s += c * c;
        }
        return s;
    }

    private static int[][] power(int[][] r, int n) {
        int[][] p = Matrix3.IDENTITY;
        for (int k = 0; k < n; k++) {
            p = Matrix3.multiply(p, r);
        }
        return p;
    }

    private static int[][] negated(int[][] w) {
        int[][] out = new int[3][3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                out[i][k] = -w[i][k];
            }
        }
        return out;
    }
}
