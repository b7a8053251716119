package org.example.dim.engine.symmetry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.example.dim.engine.chem.Element;
import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.crystal.Site;
import org.example.dim.engine.crystal.Structure;
import org.example.dim.engine.sitenet.PrimitiveCellFinder;

/**
 * A structure's primitive cell on a reduced basis, where the symmetry search runs: lattice rows (Å),
 * fractional coordinates wrapped into [0, 1), and a species number per atom.
 *
 * @param lattice   basis rows of the reduced primitive cell
 * @param frac      fractional coordinates of each atom
 * @param species   species number of each atom (equal numbers, equal elements)
 * @param fromInput the integer matrix N with {@code inputLattice = N · lattice}
 */
record ReducedCell(double[][] lattice, double[][] frac, int[] species, int[][] fromInput) {

    /** Tolerances, relative to the one asked for, at which the primitive cell is sought again (see {@link #of}). */
    private static final double[] RETRY_FACTORS = {0.5, 2, 0.25, 4};

    /**
     * The primitive cell of {@code input}, Niggli-reduced.
     *
     * <p>{@link PrimitiveCellFinder} measures its tolerance along each cell axis, as pymatgen does, where
     * the other operations are measured as distances. So the lattice translations are counted here by
     * distance, like every other operation, and when the finder's cell holds another number of them, it is
     * asked again at a few other tolerances for a cell of the counted size (keeping its own answer if none).
     *
     * @throws IllegalArgumentException when the cell of {@code input} is not a supercell of the primitive
     *         cell found (which a tolerance too large for the structure can cause)
     */
    static ReducedCell of(Structure input, double tolerance) {
        // On a reduced basis first, the same crystal gives the same answer however its cell was chosen.
        Structure onReduced = onReducedBasis(input);
        int translations = OperationSearch.translationCount(of(onReduced, Matrix3.IDENTITY), tolerance);
        Structure primitive = new PrimitiveCellFinder(tolerance).find(onReduced);
        for (int k = 0; k < RETRY_FACTORS.length && primitive.size() * translations != input.size(); k++) {
            Structure other = new PrimitiveCellFinder(tolerance * RETRY_FACTORS[k]).find(onReduced);
            if (other.size() * translations == input.size()) {
                primitive = other;
            }
        }
        Structure reduced = onReducedBasis(primitive);
        int[][] n = Matrix3.rounded(Matrix3.multiply(input.lattice().matrix(), reduced.lattice().toFractionalMatrix()),
                1e-4);
        if (n == null || Matrix3.determinant(n) == 0) {
            throw new IllegalArgumentException("the cell is not a supercell of the primitive cell found within "
                    + tolerance + " Å");
        }
        return of(reduced, n);
    }

    private static ReducedCell of(Structure s, int[][] fromInput) {
        List<Site> sites = s.sites();
        double[][] frac = new double[sites.size()][];
        int[] species = new int[sites.size()];
        Map<Element, Integer> numbers = new HashMap<>();
        for (int i = 0; i < frac.length; i++) {
            frac[i] = sites.get(i).frac();
            species[i] = numbers.computeIfAbsent(sites.get(i).element(), e -> numbers.size());
        }
        return new ReducedCell(s.lattice().matrix(), frac, species, fromInput);
    }

    /** The structure on its Niggli-reduced basis, coordinates wrapped into [0, 1). */
    private static Structure onReducedBasis(Structure s) {
        Lattice reduced = PrimitiveCellFinder.niggliReduced(s.lattice(), 1e-5);
        List<Site> sites = s.sites().stream().map(site -> {
            double[] f = reduced.toFractional(s.lattice().toCartesian(site.frac()));
            return site.movedTo(new double[] {Matrix3.wrap(f[0]), Matrix3.wrap(f[1]), Matrix3.wrap(f[2])});
        }).toList();
        return new Structure(reduced, sites);
    }

    int size() {
        return frac.length;
    }

    /** The metric tensor {@code G = L Lᵀ}, for lengths of fractional differences. */
    double[][] metric() {
        return Matrix3.multiply(lattice, Matrix3.transpose(lattice));
    }
}
