package org.example.dim.engine.sitenet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.crystal.Site;
import org.example.dim.engine.crystal.Structure;
import org.junit.jupiter.api.Test;

/** The worked examples of reference §1.2, re-derived by hand, and the invariants of any supercell. */
class SupercellBuilderTest {

    private static Supercell build(Structure s, int n) throws Exception {
        return new SupercellBuilder(n, OversizePolicy.SKIP).build(s);
    }

    @Test
    void cubicPerovskiteGrowsEvenly() throws Exception {
        Supercell sc = build(TestStructures.srTiO3(), 50);
        assertArrayEquals(new int[] {2, 2, 2}, sc.repeats());
        assertEquals(8, sc.images());
        assertEquals(40, sc.size());
        assertArrayEquals(new int[][] {{2, 0, 0}, {0, 2, 0}, {0, 0, 2}}, sc.matrix());
        Supercell big = build(TestStructures.srTiO3(), 500);
        assertArrayEquals(new int[] {5, 5, 4}, big.repeats());
        assertEquals(500, big.size());
    }

    @Test
    void fccPrimitiveRoundsItsHalfIntegerShearToEven() throws Exception {
        // S = [[1, -1/3, -1/3], [0, 1, -1/2], [0, 0, 1]]; repeats (3, 3, 2); 3 × -1/2 = -1.5 is a tie -> -2.
        Supercell sc = build(TestStructures.naClPrimitive(), 50);
        assertArrayEquals(new int[] {3, 3, 2}, sc.repeats());
        assertEquals(18, sc.images());
        assertEquals(36, sc.size());
        assertArrayEquals(new int[][] {{3, -1, -1}, {0, 3, -2}, {0, 0, 2}}, sc.matrix());
    }

    @Test
    void hexagonalCellAsTheReferenceTable() throws Exception {
        // |a'| = a√3/2 = 2.81, |b'| = 3.25, |c'| = 5.20: a, b, c, a grow; then b would give 72 > 50.
        Supercell sc = build(TestStructures.wurtzite(), 50);
        assertArrayEquals(new int[] {3, 2, 2}, sc.repeats());
        assertEquals(48, sc.size());
        assertArrayEquals(new int[][] {{3, 2, 0}, {0, 2, 0}, {0, 0, 2}}, sc.matrix());
    }

    @Test
    void supercellVolumeIsImagesTimesPrimitiveVolumeAndCompositionIsKept() throws Exception {
        for (Structure s : List.of(TestStructures.srTiO3(), TestStructures.naClPrimitive(), TestStructures.wurtzite(),
                skewed())) {
            Supercell sc = build(s, 50);
            assertEquals(sc.images() * s.lattice().volume(), sc.lattice().volume(), 1e-9 * sc.lattice().volume());
            assertTrue(sc.size() <= 50 && sc.size() > 25, "between N/2 and N: " + sc.size());
            int m = sc.matrix()[0][0] * sc.matrix()[1][1] * sc.matrix()[2][2];
            assertEquals(m, sc.images());
            // Every supercell site is an image of a primitive site: the positions, reduced by the primitive
            // lattice, fall back onto their site.
            double[] r = sc.cartesianPositions();
            for (int k = 0; k < sc.size(); k++) {
                double[] f = s.lattice().toFractional(new double[] {r[3 * k], r[3 * k + 1], r[3 * k + 2]});
                double[] own = s.sites().get(k / sc.images()).frac();
                for (int axis = 0; axis < 3; axis++) {
                    double d = f[axis] - own[axis];
                    assertEquals(0, d - Math.rint(d), 1e-9);
                }
            }
        }
    }

    @Test
    void oversizePrimitiveCellsFollowThePolicy() throws Exception {
        Structure big = manySites(60);
        assertThrows(SupercellBuilder.OversizeException.class, () -> build(big, 50));
        Supercell kept = new SupercellBuilder(50, OversizePolicy.KEEP_SINGLE_CELL).build(big);
        assertEquals(1, kept.images());
        assertEquals(60, kept.size());
        assertTrue(kept.oversize());
    }

    private static Structure skewed() {
        Lattice l = Lattice.fromParameters(4.1, 5.3, 7.7, 72, 101, 115);
        return new Structure(l, List.of(TestStructures.site("Si", 0.1, 0.2, 0.3), TestStructures.site("O", 0.6, 0.5, 0.1),
                TestStructures.site("O", 0.3, 0.9, 0.7)));
    }

    private static Structure manySites(int n) {
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sites.add(TestStructures.site("C", (i + 0.5) / n, 0.5, 0.5));
        }
        return new Structure(Lattice.fromParameters(1.5 * n, 4, 4, 90, 90, 90), sites);
    }
}
