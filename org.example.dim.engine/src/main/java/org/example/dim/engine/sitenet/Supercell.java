package org.example.dim.engine.sitenet;

import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.crystal.Structure;

/**
 * A Site-Net supercell: the primitive structure repeated by an integer matrix {@code M}
 * (supercell lattice rows = M · primitive rows). Its {@code images = det M} lattice points are the
 * integer vectors {@code (i, j, k)} with {@code 0 ≤ i < M00, 0 ≤ j < M11, 0 ≤ k < M22}, which is a
 * complete set because M is upper-triangular.
 *
 * @param primitive the cell that is repeated
 * @param matrix    M, upper-triangular with positive diagonal
 * @param images    det M
 * @param lattice   the supercell lattice
 * @param oversize  whether the primitive cell alone has more sites than the size limit (kept unrepeated)
 */
public record Supercell(Structure primitive, int[][] matrix, int images, Lattice lattice, boolean oversize) {

    /** Number of supercell sites, P · images. */
    public int size() {
        return primitive.size() * images;
    }

    /** Repeats along the three axes (the diagonal of M). */
    public int[] repeats() {
        return new int[] {matrix[0][0], matrix[1][1], matrix[2][2]};
    }

    /**
     * Cartesian positions (Å) of all supercell sites, site-major: entry {@code 3·(p·images + t) + axis}
     * is image t of primitive site p, as pymatgen orders {@code structure * M}.
     */
    public double[] cartesianPositions() {
        int p = primitive.size();
        double[] out = new double[3 * p * images];
        double[][] m = primitive.lattice().matrix();
        int[] rep = repeats();
        double[] f = new double[3];
        int k = 0;
        for (int s = 0; s < p; s++) {
            double[] base = primitive.sites().get(s).frac();
            for (int i = 0; i < rep[0]; i++) {
                for (int j = 0; j < rep[1]; j++) {
                    for (int l = 0; l < rep[2]; l++) {
                        f[0] = base[0] + i;
                        f[1] = base[1] + j;
                        f[2] = base[2] + l;
                        for (int axis = 0; axis < 3; axis++) {
                            out[k++] = f[0] * m[0][axis] + f[1] * m[1][axis] + f[2] * m[2][axis];
                        }
                    }
                }
            }
        }
        return out;
    }
}
