package org.example.dim.engine.symmetry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The space-group operations of a primitive cell: for each rotation of the lattice, the translation
 * (if any) that carries every atom onto an atom of its species within the tolerance. Candidates are
 * the translations from one atom of the rarest species to each atom of that species; the one that
 * works is refined to the mean over all atoms, so that it fits the structure rather than one atom.
 */
final class OperationSearch {

    private final ReducedCell cell;
    private final double[][] metric;
    private final double toleranceSquared;
    /** Atom indices, rarest species first, so that a wrong candidate fails early. */
    private final int[] order;
    /** The atoms of each species. */
    private final int[][] bySpecies;

    private OperationSearch(ReducedCell cell, double tolerance) {
        this.cell = cell;
        this.metric = cell.metric();
        this.toleranceSquared = tolerance * tolerance;
        int speciesCount = Arrays.stream(cell.species()).max().orElse(-1) + 1;
        int[] counts = new int[speciesCount];
        for (int s : cell.species()) {
            counts[s]++;
        }
        bySpecies = new int[speciesCount][];
        for (int s = 0; s < speciesCount; s++) {
            bySpecies[s] = new int[counts[s]];
        }
        int[] filled = new int[speciesCount];
        for (int i = 0; i < cell.size(); i++) {
            int s = cell.species()[i];
            bySpecies[s][filled[s]++] = i;
        }
        order = IntStream.range(0, cell.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> counts[cell.species()[i]]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The operations, one per rotation of {@code rotations} that the structure has, translations in [0, 1). */
    static List<SymmetryOperation> find(ReducedCell cell, List<int[][]> rotations, double tolerance) {
        return new OperationSearch(cell, tolerance).find(rotations);
    }

    /** How many lattice translations, the identity's included, carry the structure onto itself. */
    static int translationCount(ReducedCell cell, double tolerance) {
        OperationSearch search = new OperationSearch(cell, tolerance);
        int anchor = search.order[0];
        double[] xa = cell.frac()[anchor];
        int count = 0;
        for (int b : search.bySpecies[cell.species()[anchor]]) {
            double[] xb = cell.frac()[b];
            if (search.refinedIfSymmetry(Matrix3.IDENTITY, new double[] {xb[0] - xa[0], xb[1] - xa[1], xb[2] - xa[2]}) != null) {
                count++;
            }
        }
        return count;
    }

    private List<SymmetryOperation> find(List<int[][]> rotations) {
        int anchor = order[0];
        double[] xa = cell.frac()[anchor];
        List<SymmetryOperation> out = new ArrayList<>();
        for (int[][] w : rotations) {
            double[] wxa = Matrix3.apply(w, xa);
            for (int b : bySpecies[cell.species()[anchor]]) {
                double[] xb = cell.frac()[b];
                double[] t = {xb[0] - wxa[0], xb[1] - wxa[1], xb[2] - wxa[2]};
                double[] refined = refinedIfSymmetry(w, t);
                if (refined != null) {
                    out.add(SymmetryOperation.of(w, refined));
                    break;
                }
            }
        }
        return out;
    }

    /** {@code t} moved by the mean offset of the images from their atoms, or null when an atom has no image. */
    private double[] refinedIfSymmetry(int[][] w, double[] t) {
        double[][] frac = cell.frac();
        int[] species = cell.species();
        double sx = 0, sy = 0, sz = 0;
        for (int i : order) {
            double[] x = frac[i];
            double yx = w[0][0] * x[0] + w[0][1] * x[1] + w[0][2] * x[2] + t[0];
            double yy = w[1][0] * x[0] + w[1][1] * x[1] + w[1][2] * x[2] + t[1];
            double yz = w[2][0] * x[0] + w[2][1] * x[1] + w[2][2] * x[2] + t[2];
            double best = toleranceSquared;
            double bx = 0, by = 0, bz = 0;
            boolean found = false;
            for (int j : bySpecies[species[i]]) {
                double[] xj = frac[j];
                double dx = Matrix3.wrapCentered(xj[0] - yx);
                double dy = Matrix3.wrapCentered(xj[1] - yy);
                double dz = Matrix3.wrapCentered(xj[2] - yz);
                double d2 = lengthSquared(dx, dy, dz);
                if (d2 < best) {
                    best = d2;
                    bx = dx;
                    by = dy;
                    bz = dz;
                    found = true;
                }
            }
            if (!found) {
                return null;
            }
            sx += bx;
            sy += by;
            sz += bz;
        }
        int n = cell.size();
        return new double[] {Matrix3.wrap(t[0] + sx / n), Matrix3.wrap(t[1] + sy / n), Matrix3.wrap(t[2] + sz / n)};
    }

    private double lengthSquared(double x, double y, double z) {
        double[][] g = metric;
        return g[0][0] * x * x + g[1][1] * y * y + g[2][2] * z * z
                + 2 * (g[0][1] * x * y + g[0][2] * x * z + g[1][2] * y * z);
    }
}
