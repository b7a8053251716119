package org.example.dim.engine.symmetry;

import java.util.ArrayList;
import java.util.List;
import org.example.dim.engine.crystal.Vec3;

/**
 * The point group of a lattice: the integer matrices W (acting on fractional coordinates) that map
 * the basis onto lattice vectors of the same lengths and angles, {@code WᵀGW ≈ G}. On a reduced
 * basis every such W has entries in {−1, 0, 1}, so only those are tried.
 */
final class LatticeSymmetry {

    private LatticeSymmetry() {
    }

    /**
     * @param lattice        basis rows (Å) of a reduced cell
     * @param tolerance      how much (Å) a length may change
     * @param angleTolerance how much (degrees) an angle between basis vectors may change
     */
    static List<int[][]> rotations(double[][] lattice, double tolerance, double angleTolerance) {
        int[][] combos = new int[26][];
        double[][] vectors = new double[26][];
        double[] lengths = new double[26];
        int n = 0;
        for (int i = -1; i <= 1; i++) {
            for (int j = -1; j <= 1; j++) {
                for (int k = -1; k <= 1; k++) {
                    if (i == 0 && j == 0 && k == 0) {
                        continue;
                    }
                    combos[n] = new int[] {i, j, k};
                    vectors[n] = new double[3];
                    for (int x = 0; x < 3; x++) {
                        vectors[n][x] = i * lattice[0][x] + j * lattice[1][x] + k * lattice[2][x];
                    }
                    lengths[n] = Vec3.norm(vectors[n]);
                    n++;
                }
            }
        }
        // Column j of W is the image of basis vector j, so it must have that vector's length.
        List<List<Integer>> images = new ArrayList<>();
        for (int axis = 0; axis < 3; axis++) {
            double length = Vec3.norm(lattice[axis]);
            List<Integer> same = new ArrayList<>();
            for (int q = 0; q < n; q++) {
                if (Math.abs(lengths[q] - length) < tolerance) {
                    same.add(q);
                }
            }
            images.add(same);
        }
        double bc = Vec3.angleDeg(lattice[1], lattice[2]);
        double ac = Vec3.angleDeg(lattice[0], lattice[2]);
        double ab = Vec3.angleDeg(lattice[0], lattice[1]);
        List<int[][]> out = new ArrayList<>();
        for (int p : images.get(0)) {
            for (int q : images.get(1)) {
                if (Math.abs(Vec3.angleDeg(vectors[p], vectors[q]) - ab) > angleTolerance) {
                    continue;
                }
                for (int r : images.get(2)) {
                    if (Math.abs(Vec3.angleDeg(vectors[q], vectors[r]) - bc) > angleTolerance
                            || Math.abs(Vec3.angleDeg(vectors[p], vectors[r]) - ac) > angleTolerance) {
                        continue;
                    }
                    int[][] w = new int[3][3];
                    for (int row = 0; row < 3; row++) {
                        w[row][0] = combos[p][row];
                        w[row][1] = combos[q][row];
                        w[row][2] = combos[r][row];
                    }
                    if (Math.abs(Matrix3.determinant(w)) == 1) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }
}
