package org.example.dim.engine.sitenet;

import java.util.ArrayList;
import java.util.List;
import org.example.dim.engine.chem.PeriodicTable;
import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.crystal.Site;
import org.example.dim.engine.crystal.Structure;

/** Small textbook structures for tests. */
final class TestStructures {

    private TestStructures() {
    }

    static Site site(String symbol, double x, double y, double z) {
        return Site.ordered(symbol, PeriodicTable.bySymbol(symbol).orElseThrow(), new double[] {x, y, z});
    }

    /** Cubic perovskite SrTiO3, a = 3.905 Å, Sr at the origin. */
    static Structure srTiO3() {
        return new Structure(Lattice.fromParameters(3.905, 3.905, 3.905, 90, 90, 90), List.of(
                site("Sr", 0, 0, 0), site("Ti", 0.5, 0.5, 0.5),
                site("O", 0.5, 0.5, 0), site("O", 0.5, 0, 0.5), site("O", 0, 0.5, 0.5)));
    }

    /** Rock salt in its primitive fcc cell, a = 5.64 Å. */
    static Structure naClPrimitive() {
        double h = 5.64 / 2;
        Lattice l = new Lattice(new double[][] {{0, h, h}, {h, 0, h}, {h, h, 0}});
        return new Structure(l, List.of(site("Na", 0, 0, 0), site("Cl", 0.5, 0.5, 0.5)));
    }

    /** Wurtzite ZnO, a = 3.25 Å, c = 5.20 Å, u = 0.382, P = 4. */
    static Structure wurtzite() {
        double a = 3.25;
        Lattice l = new Lattice(new double[][] {{a, 0, 0}, {-a / 2, a * Math.sqrt(3) / 2, 0}, {0, 0, 5.20}});
        double u = 0.382;
        return new Structure(l, List.of(site("Zn", 1.0 / 3, 2.0 / 3, 0), site("Zn", 2.0 / 3, 1.0 / 3, 0.5),
                site("O", 1.0 / 3, 2.0 / 3, u), site("O", 2.0 / 3, 1.0 / 3, 0.5 + u)));
    }

    /** Sorted copy of one distance row. */
    static double[] sortedRow(float[] distances, int row, int length) {
        double[] r = new double[length];
        for (int j = 0; j < length; j++) {
            r[j] = distances[row * length + j];
        }
        java.util.Arrays.sort(r);
        return r;
    }

    /** Counts of the values of a sorted row within a tolerance of each expected distance. */
    static List<double[]> histogram(double[] sorted, double tolerance) {
        List<double[]> h = new ArrayList<>();
        for (double d : sorted) {
            if (!h.isEmpty() && Math.abs(h.get(h.size() - 1)[0] - d) < tolerance) {
                h.get(h.size() - 1)[1]++;
            } else {
                h.add(new double[] {d, 1});
            }
        }
        return h;
    }
}
