package org.example.dim.engine.crystal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.example.dim.engine.chem.Element;
import org.example.dim.engine.chem.PeriodicTable;
import org.junit.jupiter.api.Test;

class CompositionTest {

    private static Element el(String s) {
        return PeriodicTable.bySymbol(s).orElseThrow();
    }

    @Test
    void formulasOrderElementsByElectronegativityAsChemistsWriteThem() {
        Composition c = Composition.parse("O3TiSr");
        assertEquals("Sr1 Ti1 O3", c.formula());
        assertEquals("SrTiO3", c.reducedFormula());
    }

    @Test
    void reducedFormulaDividesByTheGreatestCommonDivisor() {
        Composition c = Composition.parse("Fe4 O6");
        assertEquals(2, c.reductionFactor());
        assertEquals("Fe2O3", c.reducedFormula());
        assertEquals(10.0, c.totalAtoms(), 0);
    }

    @Test
    void parsesPymatgenStyleGroupsAndFractionalAmounts() {
        Composition c = Composition.parse("AlP2H17C5(NO4)2");
        assertEquals(2.0, c.amount(el("N")), 0);
        assertEquals(8.0, c.amount(el("O")), 0);
        Composition d = Composition.parse("P24 H648 W24 C288.0 S32");
        assertEquals(288.0, d.amount(el("C")), 0);
        assertThrows(IllegalArgumentException.class, () -> Composition.parse("Xx2"));
        assertThrows(IllegalArgumentException.class, () -> Composition.parse("(NO3"));
    }

    @Test
    void partialOccupancyGivesFractionalAmountsThatDoNotReduce() {
        Site mixed = new Site("M1", new Element[] {el("Fe"), el("Co")}, new double[] {0.5, 0.25}, new double[] {0, 0, 0});
        Site o = Site.ordered("O1", el("O"), new double[] {0.5, 0.5, 0.5});
        Composition c = Composition.of(List.of(mixed, o));
        assertEquals(0.5, c.amount(el("Fe")), 0);
        assertEquals(1, c.reductionFactor());
        assertEquals("Fe0.5 Co0.25 O1", c.formula());
        assertFalse(mixed.isOrdered());
        assertEquals(0.75, mixed.totalOccupancy(), 1e-12);
    }

    @Test
    void massOfSodiumChlorideIsTheSumOfAtomicMasses() {
        // 22.98977 + 35.453 amu (IUPAC standard atomic weights).
        assertEquals(58.443, Composition.parse("NaCl").mass(), 2e-3);
    }

    @Test
    void rockSaltDensityMatchesTheTextbookValue() {
        // NaCl conventional cell a = 5.640 Å with 4 formula units: ρ = 2.165 g/cm³.
        Lattice l = Lattice.fromParameters(5.64, 5.64, 5.64, 90, 90, 90);
        double[][] na = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        List<Site> sites = new java.util.ArrayList<>();
        for (double[] p : na) {
            sites.add(Site.ordered("Na", el("Na"), p));
            sites.add(Site.ordered("Cl", el("Cl"), new double[] {p[0] + 0.5, p[1], p[2]}));
        }
        Structure s = new Structure(l, sites);
        assertEquals(2.165, s.density(), 2e-3);
        assertEquals("NaCl", s.composition().reducedFormula());
        assertTrue(s.isOrdered());
    }

    @Test
    void disorderPoliciesDoWhatTheySay() throws DisorderedStructureException {
        Lattice l = Lattice.fromParameters(4, 4, 4, 90, 90, 90);
        Site mixed = new Site("M1", new Element[] {el("Co"), el("Fe")}, new double[] {0.3, 0.7}, new double[] {0, 0, 0});
        Structure s = new Structure(l, List.of(mixed, Site.ordered("O1", el("O"), new double[] {0.5, 0.5, 0.5})));
        Structure ordered = s.toOrdered(DisorderPolicy.MAJORITY);
        assertEquals(el("Fe"), ordered.sites().get(0).element());
        assertTrue(ordered.isOrdered());
        DisorderedStructureException skip = assertThrows(DisorderedStructureException.class,
                () -> s.toOrdered(DisorderPolicy.SKIP));
        assertEquals(DisorderPolicy.SKIP, skip.policy());
        assertTrue(skip.getMessage().contains("M1"), skip.getMessage());
        assertThrows(DisorderedStructureException.class, () -> s.toOrdered(DisorderPolicy.ERROR));
    }
}
