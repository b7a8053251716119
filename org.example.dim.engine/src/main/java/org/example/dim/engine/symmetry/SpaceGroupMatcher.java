package org.example.dim.engine.symmetry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.example.dim.engine.crystal.Vec3;

/**
 * Finds which setting of {@link SpaceGroupTable} a crystal's operations are, once they are written in
 * its conventional cell: a setting qualifies when it has the same rotations and centring translations,
 * and some shift of origin p turns every operation {@code (W, t)} into one of the setting's,
 * {@code t + (W − I)·p ≡ t_setting (mod 1)} within the distance tolerance. Of those that qualify, the
 * one fitted most closely is taken.
 *
 * <p>The shift is solved exactly, not searched: three independent rows of the matrices {@code W − I}
 * form an integer matrix B, and p is {@code B⁻¹(d + n)} for the differences d of the translations and
 * each of the |det B| integer vectors n that differ modulo B (each solution of the congruences once).
 * Directions that no {@code W − I} fixes (polar axes) are free, and set to 0.
 */
final class SpaceGroupMatcher {

    /** Translations are keyed in units of 1/{@value} of a cell edge, as {@link SymmetryOperation} compares them. */
    private static final int GRID = SymmetryOperation.TRANSLATION_GRID;

    private SpaceGroupMatcher() {
    }

    /** A table setting with its translations grouped by rotation. */
    private record Entry(SpaceGroupSetting setting, Map<Long, double[][]> translations) {
    }

    private static final class Index {
        static final Map<String, List<Entry>> BY_ROTATIONS_AND_CENTRING = build();

        private static Map<String, List<Entry>> build() {
            Map<String, List<Entry>> index = new HashMap<>();
            for (SpaceGroupSetting s : SpaceGroupTable.all()) {
                Map<Long, List<double[]>> byRotation = new LinkedHashMap<>();
                for (SymmetryOperation op : s.operations()) {
                    byRotation.computeIfAbsent(Matrix3.code(op.rotation()), c -> new ArrayList<>()).add(op.translation());
                }
                Map<Long, double[][]> translations = new HashMap<>();
                byRotation.forEach((c, list) -> translations.put(c, list.toArray(double[][]::new)));
                String key = key(translations.keySet(), byRotation.get(Matrix3.code(Matrix3.IDENTITY)));
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(s, translations));
            }
            return index;
        }
    }

    /**
     * @param operations one operation per rotation, in conventional coordinates, without centrings
     * @param centrings  the centring translations of the conventional cell, the origin included
     * @param lattice    the conventional basis rows (Å), to measure misfits as distances
     * @param tolerance  the largest misfit (Å) of a translation
     */
    static Optional<SpaceGroupSetting> identify(List<SymmetryOperation> operations, List<double[]> centrings,
            double[][] lattice, double tolerance) {
        Map<Long, double[]> ours = new LinkedHashMap<>();
        for (SymmetryOperation op : operations) {
            ours.putIfAbsent(Matrix3.code(op.rotation()), op.translation());
        }
        List<Entry> candidates = Index.BY_ROTATIONS_AND_CENTRING.get(key(ours.keySet(), centrings));
        if (candidates == null) {
            return Optional.empty();
        }
        Shifts shifts = new Shifts(ours.keySet());
        double[][] metric = Matrix3.multiply(lattice, Matrix3.transpose(lattice));
        SpaceGroupSetting best = null;
        double bestMisfit = tolerance;
        for (Entry e : candidates) {
            double misfit = shifts.bestMisfit(ours, e.translations(), metric, bestMisfit);
            if (misfit < bestMisfit) {
                best = e.setting();
                bestMisfit = misfit;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The rotations (sorted codes) and centring translations (on the grid, sorted) of a group. */
    private static String key(Set<Long> rotations, List<double[]> centrings) {
        TreeSet<String> c = new TreeSet<>();
        for (double[] t : centrings) {
            c.add(Math.floorMod(Math.round(t[0] * GRID), GRID) + "," + Math.floorMod(Math.round(t[1] * GRID), GRID)
                    + "," + Math.floorMod(Math.round(t[2] * GRID), GRID));
        }
        return new TreeSet<>(rotations) + "|" + c;
    }

    /** The origin shifts to try for a group with these rotations: rows of {@code W − I} and the lattice they leave. */
    private static final class Shifts {
        /** The rotation each row of B comes from, or null for a free (polar) direction. */
        private final Long[] rowRotation = new Long[3];
        private final int[] rowComponent = new int[3];
        private final double[][] inverse;
        /** {@code B⁻¹n} modulo 1 for the integer n that give distinct shifts. */
        private final List<double[]> latticeShifts;
        /** The distinct rotations rows come from. */
        private final List<Long> used = new ArrayList<>();

        Shifts(Set<Long> rotations) {
            List<int[][]> sorted = new ArrayList<>();
            for (long c : rotations) {
                sorted.add(Matrix3.decode(c));
            }
            // Rotations that fix fewer directions give more rows at once, hence fewer choices below.
            sorted.sort(Comparator.comparingInt(w -> -rank(minusIdentity(w))));
            int[][] b = new int[3][];
            int rows = 0;
            for (int[][] w : sorted) {
                int[][] m = minusIdentity(w);
                for (int r = 0; r < 3 && rows < 3; r++) {
                    b[rows] = m[r];
                    if (rank(Arrays.copyOf(b, rows + 1)) == rows + 1) {
                        rowRotation[rows] = Matrix3.code(w);
                        rowComponent[rows] = r;
                        if (!used.contains(rowRotation[rows])) {
                            used.add(rowRotation[rows]);
                        }
                        rows++;
                    }
                }
            }
            for (int axis = 0; axis < 3 && rows < 3; axis++) {
                b[rows] = Matrix3.IDENTITY[axis].clone();
                if (rank(Arrays.copyOf(b, rows + 1)) == rows + 1) {
                    rows++;
                }
            }
            inverse = Vec3.inverse(Matrix3.toDouble(b));
            latticeShifts = Matrix3.translationsModuloOne(inverse, Math.abs(Matrix3.determinant(b)));
        }

        /** The smallest largest misfit (Å) over the origin shifts, or {@code limit} and more when none fits within it. */
        double bestMisfit(Map<Long, double[]> ours, Map<Long, double[][]> theirs, double[][] metric, double limit) {
            double best = Double.POSITIVE_INFINITY;
            int[] choice = new int[used.size()];
            double[] d = new double[3];
            while (true) {
                for (int r = 0; r < 3; r++) {
                    if (rowRotation[r] == null) {
                        d[r] = 0;
                    } else {
                        int k = used.indexOf(rowRotation[r]);
                        d[r] = theirs.get(rowRotation[r])[choice[k]][rowComponent[r]] - ours.get(rowRotation[r])[rowComponent[r]];
                    }
                }
                double[] p0 = Matrix3.apply(inverse, d);
                for (double[] g : latticeShifts) {
                    double[] p = {p0[0] + g[0], p0[1] + g[1], p0[2] + g[2]};
                    best = Math.min(best, misfit(p, ours, theirs, metric, Math.min(best, limit)));
                }
                int k = 0;
                while (k < choice.length && ++choice[k] == theirs.get(used.get(k)).length) {
                    choice[k++] = 0;
                }
                if (k == choice.length) {
                    return best;
                }
            }
        }

        /** The largest distance (Å) between a shifted translation of ours and the nearest of theirs; early out past {@code limit}. */
        private static double misfit(double[] p, Map<Long, double[]> ours, Map<Long, double[][]> theirs,
                double[][] metric, double limit) {
            double worst = 0;
            for (Map.Entry<Long, double[]> e : ours.entrySet()) {
                int[][] w = Matrix3.decode(e.getKey());
                double[] t = e.getValue();
                double[] s = new double[3];
                for (int i = 0; i < 3; i++) {
                    s[i] = t[i] + (w[i][0] * p[0] + w[i][1] * p[1] + w[i][2] * p[2]) - p[i];
                }
                double nearest = Double.POSITIVE_INFINITY;
                for (double[] u : theirs.get(e.getKey())) {
                    nearest = Math.min(nearest, length(metric, Matrix3.wrapCentered(s[0] - u[0]),
                            Matrix3.wrapCentered(s[1] - u[1]), Matrix3.wrapCentered(s[2] - u[2])));
                }
                worst = Math.max(worst, nearest);
                if (worst >= limit) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            return worst;
        }

        private static double length(double[][] g, double x, double y, double z) {
            return Math.sqrt(Math.max(0, g[0][0] * x * x + g[1][1] * y * y + g[2][2] * z * z
                    + 2 * (g[0][1] * x * y + g[0][2] * x * z + g[1][2] * y * z)));
        }

        private static int[][] minusIdentity(int[][] w) {
            int[][] m = new int[3][];
            for (int i = 0; i < 3; i++) {
                m[i] = w[i].clone();
                m[i][i] -= 1;
            }
            return m;
        }

        /** Rank of up to three integer rows. */
        private static int rank(int[][] rows) {
            List<int[]> nonZero = new ArrayList<>();
            for (int[] r : rows) {
                if (r[0] != 0 || r[1] != 0 || r[2] != 0) {
                    nonZero.add(r);
                }
            }
            if (nonZero.size() <= 1) {
                return nonZero.size();
            }
            int rank = 1;
            for (int i = 0; i < nonZero.size(); i++) {
                for (int j = i + 1; j < nonZero.size(); j++) {
                    int[] c = Matrix3.cross(nonZero.get(i), nonZero.get(j));
                    if (c[0] != 0 || c[1] != 0 || c[2] != 0) {
                        rank = 2;
                        for (int k = j + 1; k < nonZero.size(); k++) {
                            int[] r = nonZero.get(k);
                            if (c[0] * r[0] + c[1] * r[1] + c[2] * r[2] != 0) {
                                return 3;
                            }
                        }
                    }
                }
            }
            return rank;
        }
    }
}
