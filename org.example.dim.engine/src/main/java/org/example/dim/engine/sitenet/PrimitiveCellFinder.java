package org.example.dim.engine.sitenet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.crystal.Site;
import org.example.dim.engine.crystal.Structure;

/**
 * The smallest cell that reproduces a structure within a tolerance, Niggli-reduced, as pymatgen's
 * {@code get_primitive_structure(tolerance)} followed by {@code get_reduced_structure()} which the
 * reference calls (§1.2). A structure with no smaller cell is returned unchanged (same lattice, same
 * site order), as pymatgen does.
 *
 * <p>A translation is a lattice translation of the structure when it carries every site onto a site
 * of the same species and occupancies within the tolerance (Å). The candidates are the differences
 * within the smallest species group. The valid translations and the old cell vectors generate the
 * new lattice; three of them with the right volume are its basis. Sites that land within the
 * tolerance of each other in the new cell are merged, their position averaged. The search repeats
 * until no smaller cell is found. Sites of the result are grouped by species, as pymatgen's.
 */
public final class PrimitiveCellFinder {

    private static final double NIGGLI_TOLERANCE = 1e-5;

    private final double tolerance;

    public PrimitiveCellFinder(double toleranceAngstrom) {
        if (!(toleranceAngstrom > 0)) {
            throw new IllegalArgumentException("tolerance must be positive, got " + toleranceAngstrom);
        }
        this.tolerance = toleranceAngstrom;
    }

    public Structure find(Structure structure) {
        Structure current = structure;
        Structure smaller;
        while ((smaller = smallerCell(current)) != null) {
            current = smaller;
        }
        return current == structure ? structure : niggliReduced(current);
    }

    /** One step: a cell smaller by an integer factor, or null when there is none. */
    private Structure smallerCell(Structure s) {
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < s.size(); i++) {
            groups.computeIfAbsent(s.sites().get(i).speciesString(), k -> new ArrayList<>()).add(i);
        }
        int gcd = 0;
        List<Integer> smallest = null;
        for (List<Integer> g : groups.values()) {
            gcd = gcd(gcd, g.size());
            if (smallest == null || g.size() < smallest.size()) {
                smallest = g;
            }
        }
        if (gcd < 2) {
            return null;
        }
        double[][] l = s.lattice().matrix();
        int[] groupOf = new int[s.size()];
        int gi = 0;
        for (List<Integer> g : groups.values()) {
            for (int i : g) {
                groupOf[i] = gi;
            }
            gi++;
        }
        double[] origin = s.sites().get(smallest.get(0)).frac();
        double[] ftol = fractionalTolerance(l);
        // Try each candidate translation with the cyclic group it generates, the smallest group first,
        // as pymatgen tries the smallest index first; the outer loop repeats on the smaller cell.
        List<List<double[]>> subgroups = new ArrayList<>();
        for (int k = 1; k < smallest.size(); k++) {
            double[] t = s.sites().get(smallest.get(k)).frac().clone();
            for (int axis = 0; axis < 3; axis++) {
                t[axis] -= origin[axis];
            }
            List<double[]> multiples = multiples(t, gcd, ftol);
            if (multiples != null) {
                subgroups.add(multiples);
            }
        }
        subgroups.sort((u, v) -> Integer.compare(u.size(), v.size()));
        for (List<double[]> group : subgroups) {
            int n = group.size() + 1;
            boolean valid = true;
            for (double[] t : group) {
                valid = valid && isTranslation(s, groupOf, t, ftol);
            }
            if (!valid) {
                continue;
            }
            double[][] basis = basis(group, n, l);
            Structure smaller = basis == null ? null : remap(s, groups, basis, n);
            if (smaller != null) {
                return smaller;
            }
        }
        return null;
    }

    /**
     * The candidate idealised to an exact lattice translation of order m (m divides {@code gcd}): the
     * nearest vector with components in multiples of 1/m, within the per-axis tolerance; then its non-zero
     * multiples, wrapped to [−½, ½). Null when no order fits.
     */
    private static List<double[]> multiples(double[] t, int gcd, double[] ftol) {
        for (int m = 2; m <= gcd; m++) {
            if (gcd % m != 0) {
                continue;
            }
            double[] ideal = new double[3];
            boolean fits = true;
            for (int axis = 0; axis < 3 && fits; axis++) {
                ideal[axis] = Math.rint(m * t[axis]) / m;
                double d = t[axis] - ideal[axis];
                fits = Math.abs(d - Math.rint(d)) < ftol[axis];
            }
            if (!fits) {
                continue;
            }
            List<double[]> out = new ArrayList<>(m - 1);
            for (int k = 1; k < m; k++) {
                double[] v = new double[3];
                for (int axis = 0; axis < 3; axis++) {
                    v[axis] = k * ideal[axis];
                    v[axis] -= Math.rint(v[axis]);
                }
                out.add(v);
            }
            return out;
        }
        return null;
    }

    /** pymatgen's per-axis tolerance: {@code tolerance / |a_k|} in fractional units of each axis. */
    private double[] fractionalTolerance(double[][] l) {
        double[] f = new double[3];
        for (int k = 0; k < 3; k++) {
            f[k] = tolerance / Math.sqrt(l[k][0] * l[k][0] + l[k][1] * l[k][1] + l[k][2] * l[k][2]);
        }
        return f;
    }

    /** Whether fractional positions coincide within the per-axis tolerance, at their nearest images. */
    private static boolean close(double[] f1, double[] f2, double[] ftol) {
        for (int k = 0; k < 3; k++) {
            double d = f1[k] - f2[k];
            if (Math.abs(d - Math.rint(d)) >= ftol[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTranslation(Structure s, int[] groupOf, double[] t, double[] ftol) {
        double[] moved = new double[3];
        for (int i = 0; i < s.size(); i++) {
            double[] f = s.sites().get(i).frac();
            for (int axis = 0; axis < 3; axis++) {
                moved[axis] = f[axis] + t[axis];
            }
            boolean found = false;
            for (int j = 0; j < s.size() && !found; j++) {
                found = groupOf[j] == groupOf[i] && close(moved, s.sites().get(j).frac(), ftol);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Three of the translations and cell vectors spanning 1/n of the cell: shortest first. */
    private static double[][] basis(List<double[]> translations, int n, double[][] l) {
        List<double[]> candidates = new ArrayList<>(translations);
        candidates.add(new double[] {1, 0, 0});
        candidates.add(new double[] {0, 1, 0});
        candidates.add(new double[] {0, 0, 1});
        candidates.sort((u, v) -> Double.compare(cartesianLength(u, l), cartesianLength(v, l)));
        int m = candidates.size();
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                for (int k = j + 1; k < m; k++) {
                    double[][] c = {candidates.get(i), candidates.get(j), candidates.get(k)};
                    if (Math.abs(Math.abs(NiggliReduction.det(c)) * n - 1) < 1e-6) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /** The sites in the new cell {@code basis} (fractional rows in the old cell), merged; null if counts disagree. */
    private Structure remap(Structure s, Map<String, List<Integer>> groups, double[][] basis, int n) {
        double[][] l = s.lattice().matrix();
        double[][] rows = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                rows[i][k] = basis[i][0] * l[0][k] + basis[i][1] * l[1][k] + basis[i][2] * l[2][k];
            }
        }
        Lattice lattice = new Lattice(rows);
        double[][] inv = new Lattice(basis).toFractionalMatrix();
        double[] ftol = fractionalTolerance(rows);
        List<Site> sites = new ArrayList<>(s.size() / n);
        for (List<Integer> g : groups.values()) {
            List<double[]> kept = new ArrayList<>();
            List<int[]> counts = new ArrayList<>();
            for (int i : g) {
                double[] f = s.sites().get(i).frac();
                double[] p = new double[3];
                for (int k = 0; k < 3; k++) {
                    p[k] = f[0] * inv[0][k] + f[1] * inv[1][k] + f[2] * inv[2][k];
                    p[k] -= Math.floor(p[k]);
                }
                int match = -1;
                for (int q = 0; q < kept.size() && match < 0; q++) {
                    if (close(p, kept.get(q), ftol)) {
                        match = q;
                    }
                }
                if (match < 0) {
                    kept.add(p);
                    counts.add(new int[] {1});
                } else {
                    // Running mean of the images, each taken at its nearest offset.
                    double[] c = kept.get(match);
                    int seen = ++counts.get(match)[0];
                    for (int k = 0; k < 3; k++) {
                        double d = p[k] - c[k];
                        c[k] += (d - Math.rint(d)) / seen;
                    }
                }
            }
            if (kept.size() * n != g.size()) {
                return null;
            }
            Site template = s.sites().get(g.get(0));
            for (double[] c : kept) {
                for (int k = 0; k < 3; k++) {
                    c[k] -= Math.floor(c[k]);
                }
                sites.add(template.movedTo(c));
            }
        }
        return new Structure(lattice, sites);
    }

    private static Structure niggliReduced(Structure s) {
        Lattice reduced = new Lattice(NiggliReduction.reduce(s.lattice().matrix(), NIGGLI_TOLERANCE));
        List<Site> sites = new ArrayList<>(s.size());
        for (Site site : s.sites()) {
            double[] f = reduced.toFractional(s.lattice().toCartesian(site.frac()));
            for (int k = 0; k < 3; k++) {
                f[k] -= Math.floor(f[k]);
                if (f[k] >= 1.0) {
                    f[k] = 0.0;
                }
            }
            sites.add(site.movedTo(f));
        }
        return new Structure(reduced, sites);
    }

    private static double cartesianLength(double[] f, double[][] l) {
        double s = 0;
        for (int k = 0; k < 3; k++) {
            double v = f[0] * l[0][k] + f[1] * l[1][k] + f[2] * l[2][k];
            s += v * v;
        }
        return Math.sqrt(s);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
