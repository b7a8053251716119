package org.example.dim.engine.symmetry;

import java.util.List;
import org.example.dim.engine.crystal.CrystalSystem;

/**
 * The symmetry a {@link SymmetryFinder} found in a structure.
 *
 * @param spaceGroup the standard setting of the space group (its number, symbols and operations)
 * @param pointGroup the point group of the crystal
 * @param operations the space-group operations in the fractional coordinates of the analysed cell: one per
 *                   rotation and lattice translation the cell holds (a supercell holds several); only
 *                   rotations that map that cell's lattice onto itself are listed
 * @param tolerance  the distance tolerance (Å) at which the operations were found; below the one asked
 *                   for when that gave no consistent group
 */
public record SpaceGroupAnalysis(SpaceGroupSetting spaceGroup, PointGroup pointGroup,
        List<SymmetryOperation> operations, double tolerance) {

    public SpaceGroupAnalysis {
        operations = List.copyOf(operations);
    }

    /** International Tables number, 1–230. */
    public int spaceGroupNumber() {
        return spaceGroup.number();
    }

    public CrystalSystem crystalSystem() {
        return pointGroup.crystalSystem();
    }

    /** Full Hermann–Mauguin symbol of the standard setting, e.g. {@code "P 1 21/c 1"}. */
    public String symbol() {
        return spaceGroup.hermannMauguin();
    }
}
