package org.example.dim.engine.sitenet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.example.dim.engine.crystal.Structure;
import org.junit.jupiter.api.Test;

class MinimumImageDistancesTest {

    @Test
    void srTiO3RowsMatchTheHandCountedShells() throws Exception {
        Supercell sc = new SupercellBuilder(50, OversizePolicy.SKIP).build(TestStructures.srTiO3());
        float[] d = MinimumImageDistances.of(sc);
        double a = 3.905;
        // Sr: itself; O 12 at a/√2; Ti 8 at a√3/2; Sr 3 at a; O 12 at a√(3/2); Sr 3 at a√2; Sr 1 at a√3.
        assertShells(TestStructures.sortedRow(d, 0, 40), new double[][] {
            {0, 1}, {a / Math.sqrt(2), 12}, {a * Math.sqrt(3) / 2, 8}, {a, 3}, {a * Math.sqrt(1.5), 12},
            {a * Math.sqrt(2), 3}, {a * Math.sqrt(3), 1}});
        // Ti: O 6 at a/2; Sr 8 at a√3/2; Ti 3 at a; O 12 at a√5/2; Ti 3 at a√2; O 6 at a√(9/4+... )
        assertShells(TestStructures.sortedRow(d, 1, 40), new double[][] {
            {0, 1}, {a / 2, 6}, {a * Math.sqrt(3) / 2, 8}, {a, 3}, {a * Math.sqrt(5) / 2, 12}, {a * Math.sqrt(2), 3},
            {a * 1.5, 6}, {a * Math.sqrt(3), 1}});
    }

    @Test
    void distanceBetweenTwoSitesIsTheSameFromEitherEnd() throws Exception {
        for (Structure s : List.of(TestStructures.srTiO3(), TestStructures.naClPrimitive(), TestStructures.wurtzite())) {
            Supercell sc = new SupercellBuilder(50, OversizePolicy.SKIP).build(s);
            float[] d = MinimumImageDistances.of(sc);
            int n = sc.size();
            int m = sc.images();
            for (int i = 0; i < s.size(); i++) {
                assertEquals(0f, d[i * n + i * m]);
                for (int j = 0; j < s.size(); j++) {
                    assertEquals(d[i * n + j * m], d[j * n + i * m], 1e-5);
                }
            }
        }
    }

    @Test
    void everyDistanceIsAtMostTheBruteForceMinimumOverNeighbouringCells() throws Exception {
        Structure s = TestStructures.wurtzite();
        Supercell sc = new SupercellBuilder(50, OversizePolicy.SKIP).build(s);
        float[] d = MinimumImageDistances.of(sc);
        double[] r = sc.cartesianPositions();
        double[][] l = sc.lattice().matrix();
        int n = sc.size();
        for (int i = 0; i < s.size(); i++) {
            int from = i * sc.images();
            for (int j = 0; j < n; j++) {
                double best = Double.MAX_VALUE;
                for (int a = -3; a <= 3; a++) {
                    for (int b = -3; b <= 3; b++) {
                        for (int c = -3; c <= 3; c++) {
                            double s2 = 0;
                            for (int k = 0; k < 3; k++) {
                                double v = r[3 * j + k] - r[3 * from + k] + a * l[0][k] + b * l[1][k] + c * l[2][k];
                                s2 += v * v;
                            }
                            best = Math.min(best, s2);
                        }
                    }
                }
                assertEquals(Math.sqrt(best), d[i * n + j], 1e-5);
            }
        }
    }

    private static void assertShells(double[] sorted, double[][] shells) {
        List<double[]> h = TestStructures.histogram(sorted, 1e-3);
        assertEquals(shells.length, h.size(), "number of shells");
        for (int k = 0; k < shells.length; k++) {
            assertEquals(shells[k][0], h.get(k)[0], 1e-3, "shell " + k);
            assertEquals(shells[k][1], h.get(k)[1], 0, "count of shell " + k + " at " + shells[k][0]);
        }
    }
}
