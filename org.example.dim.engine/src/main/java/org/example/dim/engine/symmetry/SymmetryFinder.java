package org.example.dim.engine.symmetry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.example.dim.engine.crystal.Structure;
import org.example.dim.engine.crystal.Vec3;

/**
 * Finds the space group of an ordered structure, however it is written (typically in P1): its
 * operations, point group, crystal system and International Tables number, within a distance
 * tolerance in Å, as Materials Project's {@code SpacegroupAnalyzer(symprec=0.1)} does with spglib.
 *
 * <ol>
 * <li>The primitive cell ({@link org.example.dim.engine.sitenet.PrimitiveCellFinder}) on a Niggli-reduced
 *     basis.</li>
 * <li>The rotations of its lattice ({@link LatticeSymmetry}), and for each the translation, if any, under
 *     which the atoms map onto atoms of their species ({@link OperationSearch}).</li>
 * <li>The point group from the kinds of rotation found ({@link PointGroup}), hence the crystal system.</li>
 * <li>The operations written in the conventional cell ({@link ConventionalCell}) and recognised among the
 *     752 settings of {@link SpaceGroupTable} up to a shift of origin ({@link SpaceGroupMatcher}).</li>
 * </ol>
 * When the operations found do not form a group, or match no setting, which happens when the tolerance
 * is close to a distortion of the structure, the search is repeated with the tolerance 5% smaller, down
 * to a tenth of it, as spglib does. Thread-safe; instances hold only the tolerances.
 */
public final class SymmetryFinder {

    /** Materials Project's and pymatgen's {@code symprec}, in Å. */
    public static final double DEFAULT_TOLERANCE = 0.1;
    /** pymatgen's {@code angle_tolerance}, in degrees. */
    public static final double DEFAULT_ANGLE_TOLERANCE = 5;

    /** 0.95^45 ≈ 0.1. */
    private static final int ATTEMPTS = 45;
    private static final double SHRINK = 0.95;

    private final double tolerance;
    private final double angleTolerance;

    public SymmetryFinder() {
        this(DEFAULT_TOLERANCE, DEFAULT_ANGLE_TOLERANCE);
    }

    /**
     * @param tolerance      how far (Å) an atom may be from the image of an atom of its species
     * @param angleTolerance how much (degrees) a lattice symmetry may change an angle between cell vectors
     */
    public SymmetryFinder(double tolerance, double angleTolerance) {
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a positive number of Å, got " + tolerance);
        }
        if (!(angleTolerance > 0) || !Double.isFinite(angleTolerance)) {
            throw new IllegalArgumentException("angle tolerance must be a positive number of degrees, got "
                    + angleTolerance);
        }
        this.tolerance = tolerance;
        this.angleTolerance = angleTolerance;
    }

    /**
     * The symmetry of {@code structure}.
     *
     * @throws IllegalArgumentException when the structure has no sites or a disordered site, naming it
     * @throws IllegalStateException    when no tolerance down to {@value #ATTEMPTS} reductions gives a space group
     */
    public SpaceGroupAnalysis find(Structure structure) {
        Objects.requireNonNull(structure, "structure");
        if (structure.size() == 0) {
            throw new IllegalArgumentException("cannot find the symmetry of a structure without sites");
        }
        if (!structure.isOrdered()) {
            var site = structure.sites().stream().filter(s -> !s.isOrdered()).findFirst().orElseThrow();
            throw new IllegalArgumentException("cannot find the symmetry of a disordered structure: site "
                    + site.label() + " holds " + site.speciesString());
        }
        double tol = tolerance;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++, tol *= SHRINK) {
            Optional<SpaceGroupAnalysis> found = attempt(structure, tol);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new IllegalStateException("no space group fits " + structure + " at tolerances from " + tolerance
                + " down to " + tol / SHRINK + " Å");
    }

    private Optional<SpaceGroupAnalysis> attempt(Structure structure, double tol) {
        ReducedCell cell;
        try {
            cell = ReducedCell.of(structure, tol);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<int[][]> latticeRotations = LatticeSymmetry.rotations(cell.lattice(), tol, angleTolerance);
        List<SymmetryOperation> operations = OperationSearch.find(cell, latticeRotations, tol);
        List<int[][]> rotations = operations.stream().map(SymmetryOperation::rotation).toList();
        PointGroup pointGroup = isGroup(rotations) ? PointGroup.of(rotations) : null;
        if (pointGroup == null) {
            return Optional.empty();
        }
        for (ConventionalCell conventional : ConventionalCell.candidates(pointGroup.crystalSystem(), rotations,
                cell.lattice())) {
            List<SymmetryOperation> inConventional = operations.stream().map(conventional::transform).toList();
            Optional<SpaceGroupSetting> setting = SpaceGroupMatcher.identify(inConventional, conventional.centrings(),
                    conventional.lattice(cell.lattice()), tol);
            if (setting.isPresent()) {
                SpaceGroupSetting standard = SpaceGroupTable.byNumber(setting.get().number()).orElseThrow();
                return Optional.of(new SpaceGroupAnalysis(standard, pointGroup, inInputCell(operations, cell), tol));
            }
        }
        return Optional.empty();
    }

    /** Whether the rotations are closed under multiplication. */
    private static boolean isGroup(List<int[][]> rotations) {
        Set<Long> codes = new HashSet<>();
        for (int[][] w : rotations) {
            codes.add(Matrix3.code(w));
        }
        for (int[][] a : rotations) {
            for (int[][] b : rotations) {
                int[][] ab = Matrix3.multiply(a, b);
                if (!inRange(ab) || !codes.contains(Matrix3.code(ab))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean inRange(int[][] m) {
        for (int[] row : m) {
            for (int v : row) {
                if (v < -8 || v > 7) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The operations of the primitive cell in the input cell's coordinates ({@code x_p = Nᵀ·x_in}), each
     * combined with the lattice translations that the input cell holds.
     */
    private static List<SymmetryOperation> inInputCell(List<SymmetryOperation> primitive, ReducedCell cell) {
        double[][] q = Matrix3.transpose(Matrix3.toDouble(cell.fromInput()));
        double[][] qInverse = Vec3.inverse(q);
        List<double[]> translations = Matrix3.translationsModuloOne(qInverse,
                Math.abs(Matrix3.determinant(cell.fromInput())));
        List<SymmetryOperation> out = new ArrayList<>();
        for (SymmetryOperation op : primitive) {
            int[][] w = Matrix3.rounded(Matrix3.multiply(qInverse, Matrix3.multiply(Matrix3.toDouble(op.rotation()), q)), 1e-6);
            if (w == null) {
                // A supercell whose shape the rotation breaks: it is no operation of that cell (spglib omits it too).
                continue;
            }
            double[] t = Matrix3.apply(qInverse, op.translation());
            for (double[] c : translations) {
                out.add(SymmetryOperation.of(w, new double[] {Matrix3.wrap(t[0] + c[0]), Matrix3.wrap(t[1] + c[1]),
                    Matrix3.wrap(t[2] + c[2])}));
            }
        }
        return out;
    }
}
