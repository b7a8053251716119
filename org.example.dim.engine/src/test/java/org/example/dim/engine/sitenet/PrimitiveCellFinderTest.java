package org.example.dim.engine.sitenet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.crystal.Site;
import org.example.dim.engine.crystal.Structure;
import org.junit.jupiter.api.Test;

class PrimitiveCellFinderTest {

    private final PrimitiveCellFinder finder = new PrimitiveCellFinder(0.5);

    @Test
    void conventionalFccCopperIsOneAtomInAQuarterOfTheCell() {
        double a = 3.61;
        Structure cu = new Structure(Lattice.fromParameters(a, a, a, 90, 90, 90), List.of(
                TestStructures.site("Cu", 0, 0, 0), TestStructures.site("Cu", 0.5, 0.5, 0),
                TestStructures.site("Cu", 0.5, 0, 0.5), TestStructures.site("Cu", 0, 0.5, 0.5)));
        Structure p = finder.find(cu);
        assertEquals(1, p.size());
        assertEquals(a * a * a / 4, p.lattice().volume(), 1e-9);
        // The Niggli cell of fcc: three vectors of a/√2 at 60°.
        assertEquals(a / Math.sqrt(2), p.lattice().a(), 1e-9);
        assertEquals(a / Math.sqrt(2), p.lattice().c(), 1e-9);
        assertEquals(60, p.lattice().alpha(), 1e-6);
    }

    @Test
    void conventionalRockSaltIsTwoAtomsAndKeepsItsComposition() {
        double a = 5.64;
        List<Site> sites = new ArrayList<>();
        double[][] fcc = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        for (double[] f : fcc) {
            sites.add(TestStructures.site("Na", f[0], f[1], f[2]));
            sites.add(TestStructures.site("Cl", f[0] + 0.5, f[1], f[2]));
        }
        Structure p = finder.find(new Structure(Lattice.fromParameters(a, a, a, 90, 90, 90), sites));
        assertEquals(2, p.size());
        assertEquals("NaCl", p.composition().reducedFormula());
        assertEquals(a * a * a / 4, p.lattice().volume(), 1e-9);
    }

    @Test
    void aSupercellWithADisplacedAtomStillReducesWithinTheTolerance() throws Exception {
        Structure perovskite = TestStructures.srTiO3();
        List<Site> sites = new ArrayList<>();
        for (Site s : perovskite.sites()) {
            double[] f = s.frac();
            sites.add(s.movedTo(new double[] {f[0] / 2, f[1], f[2]}));
            // The second copy's Ti is 0.3 Å off its ideal place: within 0.5 Å.
            double shift = s.element().symbol().equals("Ti") ? 0.3 / 7.81 : 0;
            sites.add(s.movedTo(new double[] {f[0] / 2 + 0.5 + shift, f[1], f[2]}));
        }
        Structure doubled = new Structure(Lattice.fromParameters(7.81, 3.905, 3.905, 90, 90, 90), sites);
        Structure p = finder.find(doubled);
        assertEquals(5, p.size());
        assertEquals(3.905 * 3.905 * 3.905, p.lattice().volume(), 1e-6);
    }

    @Test
    void aPrimitiveStructureIsReturnedUnchanged() {
        Structure s = TestStructures.wurtzite();
        assertSame(s, finder.find(s));
    }
}
