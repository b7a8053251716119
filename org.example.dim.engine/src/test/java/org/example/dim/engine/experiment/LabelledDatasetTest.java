package org.example.dim.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.example.dim.engine.chem.Element;
import org.example.dim.engine.chem.PeriodicTable;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.crystal.CrystalSystem;
import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.crystal.Site;
import org.example.dim.engine.crystal.Structure;
import org.junit.jupiter.api.Test;

/** The properties derived from a structure: symmetry from the atoms, not from what the file declares. */
class LabelledDatasetTest {

    private static final Lattice CUBE = Lattice.fromParameters(5.64, 5.64, 5.64, 90, 90, 90);

    @Test
    void rockSaltWrittenInP1IsCubicFm3m() {
        List<Site> sites = new ArrayList<>();
        double[][] fcc = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        for (double[] f : fcc) {
            sites.add(Site.ordered("Na", element("Na"), f));
            sites.add(Site.ordered("Cl", element("Cl"), new double[] {f[0] + 0.5, f[1], f[2]}));
        }
        Map<String, Double> p = LabelledDataset.derived(record(new Structure(CUBE, sites), 1));
        assertEquals(CrystalSystem.CUBIC.ordinal(), p.get(LabelledCrystal.CRYSTAL_SYSTEM));
        assertEquals(225.0, p.get(LabelledCrystal.SPACE_GROUP));
    }

    @Test
    void disorderedStructureKeepsTheDeclaredGroup() {
        Site mixed = new Site("M", new Element[] {element("Fe"), element("Co")}, new double[] {0.5, 0.5}, new double[3]);
        Map<String, Double> p = LabelledDataset.derived(record(new Structure(CUBE, List.of(mixed)), 229));
        assertEquals(CrystalSystem.CUBIC.ordinal(), p.get(LabelledCrystal.CRYSTAL_SYSTEM));
        assertEquals(229.0, p.get(LabelledCrystal.SPACE_GROUP));
    }

    private static CrystalRecord record(Structure s, int declared) {
        return new CrystalRecord("test", "block", s, "", declared, List.of(), null);
    }

    private static Element element(String symbol) {
        return PeriodicTable.bySymbol(symbol).orElseThrow();
    }
}
