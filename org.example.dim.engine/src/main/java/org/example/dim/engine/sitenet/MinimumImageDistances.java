package org.example.dim.engine.sitenet;

import org.example.dim.engine.crystal.Lattice;

/**
 * Site-Net's pair features (reference §1.5): for each primitive site, the minimum-image distance to
 * every site of the supercell, self included, no cutoff. Each supercell site appears once, at its
 * nearest periodic image under the supercell lattice.
 *
 * <p>As pymatgen's {@code pbc_shortest_vectors}, the search runs over the 27 cells around the
 * difference vector in an LLL-reduced basis of the supercell lattice; the difference is first
 * wrapped to [−½, ½] in that basis, so the 27 cells are centred on the nearest candidate.
 */
public final class MinimumImageDistances {

    private MinimumImageDistances() {
    }

    /**
     * The P × (P·images) distance matrix, row-major, rows in primitive-site order, columns site-major.
     * Row p is measured from image 0 of primitive site p (which image does not matter: a supercell
     * translation only permutes columns within each site's block).
     */
    public static float[] of(Supercell supercell) {
        int p = supercell.primitive().size();
        int n = supercell.size();
        int images = supercell.images();
        double[] r = supercell.cartesianPositions();
        double[][] basis = LllReduction.reduce(supercell.lattice().matrix());
        double[][] inverse = new Lattice(basis).toFractionalMatrix();
        double[] shifts = imageShifts(basis);
        float[] out = new float[p * n];
        for (int i = 0; i < p; i++) {
            int from = 3 * i * images;
            double xi = r[from];
            double yi = r[from + 1];
            double zi = r[from + 2];
            for (int j = 0; j < n; j++) {
                double dx = r[3 * j] - xi;
                double dy = r[3 * j + 1] - yi;
                double dz = r[3 * j + 2] - zi;
                // Wrap the difference to the reduced cell centred on the origin.
                double fa = dx * inverse[0][0] + dy * inverse[1][0] + dz * inverse[2][0];
                double fb = dx * inverse[0][1] + dy * inverse[1][1] + dz * inverse[2][1];
                double fc = dx * inverse[0][2] + dy * inverse[1][2] + dz * inverse[2][2];
                fa -= Math.rint(fa);
                fb -= Math.rint(fb);
                fc -= Math.rint(fc);
                double x = fa * basis[0][0] + fb * basis[1][0] + fc * basis[2][0];
                double y = fa * basis[0][1] + fb * basis[1][1] + fc * basis[2][1];
                double z = fa * basis[0][2] + fb * basis[1][2] + fc * basis[2][2];
                double best = Double.MAX_VALUE;
                for (int s = 0; s < shifts.length; s += 3) {
                    double ex = x + shifts[s];
                    double ey = y + shifts[s + 1];
                    double ez = z + shifts[s + 2];
                    double d2 = ex * ex + ey * ey + ez * ez;
                    if (d2 < best) {
                        best = d2;
                    }
                }
                out[i * n + j] = (float) Math.sqrt(best);
            }
        }
        return out;
    }

    /** The 27 lattice vectors n·basis, n ∈ {−1, 0, 1}³, flattened. */
    private static double[] imageShifts(double[][] basis) {
        double[] shifts = new double[27 * 3];
        int k = 0;
        for (int a = -1; a <= 1; a++) {
            for (int b = -1; b <= 1; b++) {
                for (int c = -1; c <= 1; c++) {
                    for (int axis = 0; axis < 3; axis++) {
                        shifts[k++] = a * basis[0][axis] + b * basis[1][axis] + c * basis[2][axis];
                    }
                }
            }
        }
        return shifts;
    }
}
