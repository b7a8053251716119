package org.example.dim.engine.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the element table against independently known (textbook / NIST / CRC) values. */
class PeriodicTableTest {

    private static Element el(String symbol) {
        return PeriodicTable.bySymbol(symbol).orElseThrow();
    }

    @Test
    void has118ElementsSortedByZ() {
        List<Element> all = PeriodicTable.all();
        assertEquals(118, all.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).z());
            assertSame(all.get(i), PeriodicTable.byZ(i + 1));
        }
        assertEquals("Og", PeriodicTable.byZ(118).symbol());
    }

    @Test
    void iron() {
        Element fe = el("Fe");
        assertEquals(26, fe.z());
        assertEquals(55.845, fe.mass(), 1e-3);
        assertEquals(4, fe.row());
        assertEquals(8, fe.group());
        assertEquals(1.83, fe.electronegativity().getAsDouble(), 1e-9);
        assertEquals(7.874, fe.density().getAsDouble(), 1e-9);
        assertEquals(7.902, fe.firstIonizationEnergy().getAsDouble(), 1e-3);
        assertTrue(fe.commonOxidationStates().contains(2));
        assertTrue(fe.commonOxidationStates().contains(3));
        assertEquals(fe, PeriodicTable.byZ(26));
    }

    @Test
    void rowsAndGroups() {
        assertEquals(2, el("O").row());
        assertEquals(16, el("O").group());
        assertEquals(1, el("H").row());
        assertEquals(1, el("H").group());
        assertEquals(1, el("He").row());
        assertEquals(18, el("He").group());
        assertEquals(13, el("Al").group());
        assertEquals(3, el("Sc").group());
        assertEquals(3, el("Y").group());
        assertEquals(12, el("Zn").group());
        assertEquals(18, el("Rn").group());
    }

    @Test
    void lanthanidesAndActinidesAreGroup3() {
        for (String s : new String[] {"La", "Ce", "Gd", "Lu"}) {
            assertEquals(6, el(s).row(), s);
            assertEquals(3, el(s).group(), s);
        }
        for (String s : new String[] {"Ac", "Th", "U", "Lr"}) {
            assertEquals(7, el(s).row(), s);
            assertEquals(3, el(s).group(), s);
        }
        assertEquals(6, el("Hf").row());
        assertEquals(4, el("Hf").group());
        assertEquals(7, el("Rf").row());
        assertEquals(4, el("Rf").group());
        assertEquals(18, el("Og").group());
    }

    @Test
    void missingValuesAreEmptyNotZero() {
        Element he = el("He");
        assertFalse(he.electronegativity().isPresent());
        assertFalse(he.atomicRadius().isPresent());
        assertTrue(he.commonOxidationStates().isEmpty());
        assertFalse(el("N").density().isPresent(), "nitrogen is a gas: no solid density");
        for (Element e : PeriodicTable.all()) {
            e.electronegativity().ifPresent(v -> assertTrue(v > 0, e.symbol()));
            e.density().ifPresent(v -> assertTrue(v > 0, e.symbol()));
            e.atomicRadius().ifPresent(v -> assertTrue(v > 0, e.symbol()));
            e.firstIonizationEnergy().ifPresent(v -> assertTrue(v > 0, e.symbol()));
        }
    }

    @Test
    void otherKnownValues() {
        assertEquals(15.999, el("O").mass(), 1e-3);
        assertEquals(3.44, el("O").electronegativity().getAsDouble(), 1e-9);
        assertEquals(13.598, el("H").firstIonizationEnergy().getAsDouble(), 1e-3);
        assertEquals(24.587, el("He").firstIonizationEnergy().getAsDouble(), 1e-3);
        assertEquals(2.70, el("Al").density().getAsDouble(), 1e-9);
        assertEquals(238.029, el("U").mass(), 1e-3);
    }

    @Test
    void symbolLookup() {
        assertEquals(26, PeriodicTable.parseSymbolLenient("fe").orElseThrow().z());
        assertEquals(26, PeriodicTable.parseSymbolLenient("FE").orElseThrow().z());
        assertEquals(26, PeriodicTable.parseSymbolLenient("Fe").orElseThrow().z());
        assertFalse(PeriodicTable.parseSymbolLenient("Fe2+").isPresent());
        assertFalse(PeriodicTable.parseSymbolLenient("Xx").isPresent());
        assertFalse(PeriodicTable.bySymbol("Xx").isPresent());
        assertFalse(PeriodicTable.bySymbol("FE").isPresent(), "bySymbol is exact");
        assertFalse(PeriodicTable.bySymbol(null).isPresent());
    }

    @Test
    void byZRange() {
        assertThrows(IllegalArgumentException.class, () -> PeriodicTable.byZ(0));
        assertThrows(IllegalArgumentException.class, () -> PeriodicTable.byZ(119));
        assertEquals("H", PeriodicTable.byZ(1).symbol());
    }

    @Test
    void dataVersion() {
        assertEquals("pymatgen-2022.11.7", PeriodicTable.dataVersion());
    }
}
