package org.example.dim.engine.crystal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatticeTest {

    @Test
    void cubicCellHasTheCubeOfItsEdgeAsVolume() {
        Lattice l = Lattice.fromParameters(3.905, 3.905, 3.905, 90, 90, 90);
        assertEquals(3.905 * 3.905 * 3.905, l.volume(), 1e-9);
        assertArrayEquals(new double[] {3.905, 0, 0}, l.vector(0), 1e-12);
        assertArrayEquals(new double[] {0, 3.905, 0}, l.vector(1), 1e-12);
    }

    @Test
    void hexagonalVolumeIsSqrt3Over2A2C() {
        // V = a²c·sin(120°) for a hexagonal cell; a = 3.25, c = 5.21 (wurtzite ZnO).
        Lattice l = Lattice.fromParameters(3.25, 3.25, 5.21, 90, 90, 120);
        assertEquals(Math.sqrt(3) / 2 * 3.25 * 3.25 * 5.21, l.volume(), 1e-9);
        assertEquals(120.0, l.gamma(), 1e-9);
    }

    @Test
    void triclinicParametersSurviveTheRoundTripThroughTheMatrix() {
        Lattice l = Lattice.fromParameters(5.1, 6.2, 7.3, 81.5, 97.25, 103.75);
        assertEquals(5.1, l.a(), 1e-12);
        assertEquals(6.2, l.b(), 1e-12);
        assertEquals(7.3, l.c(), 1e-12);
        assertEquals(81.5, l.alpha(), 1e-9);
        assertEquals(97.25, l.beta(), 1e-9);
        assertEquals(103.75, l.gamma(), 1e-9);
        // General triclinic volume formula.
        double ca = Math.cos(Math.toRadians(81.5)), cb = Math.cos(Math.toRadians(97.25)), cg = Math.cos(Math.toRadians(103.75));
        double v = 5.1 * 6.2 * 7.3 * Math.sqrt(1 - ca * ca - cb * cb - cg * cg + 2 * ca * cb * cg);
        assertEquals(v, l.volume(), 1e-9);
    }

    @Test
    void rhombohedralPrimitiveCellOfCsHasTheManifestVolume() {
        // mp-1 (Cs, bcc primitive): pymatgen reports 114.05180544 Å³.
        Lattice l = Lattice.fromParameters(5.29144986, 5.29144986, 5.29144986, 109.47122063, 109.47122063, 109.47122063);
        assertEquals(114.05180544, l.volume(), 1e-6);
    }

    @Test
    void fractionalAndCartesianAreInverse() {
        Lattice l = Lattice.fromParameters(5.1, 6.2, 7.3, 81.5, 97.25, 103.75);
        double[] f = {0.125, -0.5, 0.75};
        assertArrayEquals(f, l.toFractional(l.toCartesian(f)), 1e-12);
    }

    @Test
    void reciprocalLatticeIsDualToTheDirectOne() {
        Lattice l = Lattice.fromParameters(5.1, 6.2, 7.3, 81.5, 97.25, 103.75);
        Lattice r = l.reciprocal();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(i == j ? 2 * Math.PI : 0.0, Vec3.dot(l.vector(i), r.vector(j)), 1e-9);
            }
        }
        assertEquals(1.0 / l.volume(), l.reciprocalCrystallographic().volume(), 1e-12);
    }

    @Test
    void periodicDistanceTakesTheNearestImage() {
        Lattice l = Lattice.fromParameters(4, 4, 4, 90, 90, 90);
        assertEquals(0.4, l.periodicDistance(new double[] {0.95, 0, 0}, new double[] {0.05, 0, 0}), 1e-12);
    }

    @Test
    void impossibleCellsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Lattice.fromParameters(0, 1, 1, 90, 90, 90));
        assertThrows(IllegalArgumentException.class, () -> Lattice.fromParameters(1, 1, 1, 10, 170, 90));
        assertThrows(IllegalArgumentException.class,
                () -> new Lattice(new double[][] {{1, 0, 0}, {2, 0, 0}, {0, 0, 1}}));
    }
}
