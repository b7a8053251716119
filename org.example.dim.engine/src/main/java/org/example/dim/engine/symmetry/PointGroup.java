package org.example.dim.engine.symmetry;

import java.util.Arrays;
import java.util.List;
import org.example.dim.engine.crystal.CrystalSystem;

/**
 * The 32 crystallographic point groups, with their Hermann–Mauguin symbols as spglib and pymatgen
 * write them. A point group is known by how many rotations of each kind it holds (1, 2, 3, 4, 6 and
 * the rotoinversions −1, m, −3, −4, −6); the counts below are those of the International Tables.
 */
public enum PointGroup {
    // Counts of -6, -4, -3, m, -1, 1, 2, 3, 4, 6.
    C1("1", CrystalSystem.TRICLINIC, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0),
    CI("-1", CrystalSystem.TRICLINIC, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0),
    C2("2", CrystalSystem.MONOCLINIC, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0),
    CS("m", CrystalSystem.MONOCLINIC, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0),
    C2H("2/m", CrystalSystem.MONOCLINIC, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0),
    D2("222", CrystalSystem.ORTHORHOMBIC, 0, 0, 0, 0, 0, 1, 3, 0, 0, 0),
    C2V("mm2", CrystalSystem.ORTHORHOMBIC, 0, 0, 0, 2, 0, 1, 1, 0, 0, 0),
    D2H("mmm", CrystalSystem.ORTHORHOMBIC, 0, 0, 0, 3, 1, 1, 3, 0, 0, 0),
    C4("4", CrystalSystem.TETRAGONAL, 0, 0, 0, 0, 0, 1, 1, 0, 2, 0),
    S4("-4", CrystalSystem.TETRAGONAL, 0, 2, 0, 0, 0, 1, 1, 0, 0, 0),
    C4H("4/m", CrystalSystem.TETRAGONAL, 0, 2, 0, 1, 1, 1, 1, 0, 2, 0),
    D4("422", CrystalSystem.TETRAGONAL, 0, 0, 0, 0, 0, 1, 5, 0, 2, 0),
    C4V("4mm", CrystalSystem.TETRAGONAL, 0, 0, 0, 4, 0, 1, 1, 0, 2, 0),
    D2D("-42m", CrystalSystem.TETRAGONAL, 0, 2, 0, 2, 0, 1, 3, 0, 0, 0),
    D4H("4/mmm", CrystalSystem.TETRAGONAL, 0, 2, 0, 5, 1, 1, 5, 0, 2, 0),
    C3("3", CrystalSystem.TRIGONAL, 0, 0, 0, 0, 0, 1, 0, 2, 0, 0),
    C3I("-3", CrystalSystem.TRIGONAL, 0, 0, 2, 0, 1, 1, 0, 2, 0, 0),
    D3("32", CrystalSystem.TRIGONAL, 0, 0, 0, 0, 0, 1, 3, 2, 0, 0),
    C3V("3m", CrystalSystem.TRIGONAL, 0, 0, 0, 3, 0, 1, 0, 2, 0, 0),
    D3D("-3m", CrystalSystem.TRIGONAL, 0, 0, 2, 3, 1, 1, 3, 2, 0, 0),
    C6("6", CrystalSystem.HEXAGONAL, 0, 0, 0, 0, 0, 1, 1, 2, 0, 2),
    C3H("-6", CrystalSystem.HEXAGONAL, 2, 0, 0, 1, 0, 1, 0, 2, 0, 0),
    C6H("6/m", CrystalSystem.HEXAGONAL, 2, 0, 2, 1, 1, 1, 1, 2, 0, 2),
    D6("622", CrystalSystem.HEXAGONAL, 0, 0, 0, 0, 0, 1, 7, 2, 0, 2),
    C6V("6mm", CrystalSystem.HEXAGONAL, 0, 0, 0, 6, 0, 1, 1, 2, 0, 2),
    D3H("-6m2", CrystalSystem.HEXAGONAL, 2, 0, 0, 4, 0, 1, 3, 2, 0, 0),
    D6H("6/mmm", CrystalSystem.HEXAGONAL, 2, 0, 2, 7, 1, 1, 7, 2, 0, 2),
    T("23", CrystalSystem.CUBIC, 0, 0, 0, 0, 0, 1, 3, 8, 0, 0),
    TH("m-3", CrystalSystem.CUBIC, 0, 0, 8, 3, 1, 1, 3, 8, 0, 0),
    O("432", CrystalSystem.CUBIC, 0, 0, 0, 0, 0, 1, 9, 8, 6, 0),
    TD("-43m", CrystalSystem.CUBIC, 0, 6, 0, 6, 0, 1, 3, 8, 0, 0),
    OH("m-3m", CrystalSystem.CUBIC, 0, 6, 8, 9, 1, 1, 9, 8, 6, 0);

    private final String symbol;
    private final CrystalSystem system;
    private final int[] counts;

    PointGroup(String symbol, CrystalSystem system, int... counts) {
        this.symbol = symbol;
        this.system = system;
        this.counts = counts;
    }

    /** Hermann–Mauguin symbol, e.g. {@code "4/mmm"}. */
    public String symbol() {
        return symbol;
    }

    public CrystalSystem crystalSystem() {
        return system;
    }

    /** Number of operations. */
    public int order() {
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        return n;
    }

    /**
     * The point group of a set of rotations (integer matrices acting on fractional coordinates), or
     * null when the counts match none: the set is then not a crystallographic group.
     */
    static PointGroup of(List<int[][]> rotations) {
        int[] counts = new int[10];
        for (int[][] w : rotations) {
            int type = rotationType(w);
            if (type < 0) {
                return null;
            }
            counts[type]++;
        }
        for (PointGroup g : values()) {
            if (Arrays.equals(g.counts, counts)) {
                return g;
            }
        }
        return null;
    }

    /**
     * Index of a rotation's kind in the counts (−6, −4, −3, m, −1, 1, 2, 3, 4, 6), read from its
     * determinant and trace, which no change of basis alters; −1 for a matrix that is no crystallographic rotation.
     */
    static int rotationType(int[][] w) {
        int det = Matrix3.determinant(w);
        int trace = Matrix3.trace(w);
        if (det == -1 && trace >= -3 && trace <= 1) {
            return trace == -3 ? 4 : trace + 2;
        }
        if (det == 1 && trace >= -1 && trace <= 3) {
            return trace == 3 ? 5 : trace + 7;
        }
        return -1;
    }

    /** The order of the proper rotation {@code det(w)·w}: 1, 2, 3, 4 or 6. */
    static int properOrder(int[][] w) {
        int trace = Matrix3.determinant(w) * Matrix3.trace(w);
        return switch (trace) {
            case 3 -> 1;
            case -1 -> 2;
            case 0 -> 3;
            case 1 -> 4;
            case 2 -> 6;
            default -> throw new IllegalArgumentException("not a crystallographic rotation: trace " + trace);
        };
    }

    @Override
    public String toString() {
        return symbol;
    }
}
