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

    /**
     * @throws IllegalArgumentException when the cell of {@code input} is not a supercell of the primitive
     *         cell found (which a tolerance too large for the structure can cause)
     */
    static ReducedCell of(Structure input, double tolerance) {
        // The primitive-cell search measures its tolerance along the cell axes; on a reduced basis first,
        // the same crystal gives the same answer however its cell was chosen.
        Structure primitive = new PrimitiveCellFinder(tolerance).find(onReducedBasis(input));
        Lattice reduced = PrimitiveCellFinder.niggliReduced(primitive.lattice(), 1e-5);
        double[][] rows = reduced.matrix();
        List<Site> sites = primitive.sites();
        double[][] frac = new double[sites.size()][];
        int[] species = new int[sites.size()];
        Map<Element, Integer> numbers = new HashMap<>();
        for (int i = 0; i < frac.length; i++) {
            Site s = sites.get(i);
            double[] f = reduced.toFractional(primitive.lattice().toCartesian(s.frac()));
            frac[i] = new double[] {Matrix3.wrap(f[0]), Matrix3.wrap(f[1]), Matrix3.wrap(f[2])};
            species[i] = numbers.computeIfAbsent(s.element(), e -> numbers.size());
        }
        int[][] n = Matrix3.rounded(Matrix3.multiply(input.lattice().matrix(), reduced.toFractionalMatrix()), 1e-4);
        if (n == null || Matrix3.determinant(n) == 0) {
            throw new IllegalArgumentException("the cell is not a supercell of the primitive cell found within "
                    + tolerance + " Å");
        }
        return new ReducedCell(rows, frac, species, n);
    }

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
