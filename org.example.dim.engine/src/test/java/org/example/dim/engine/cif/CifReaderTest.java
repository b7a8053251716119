package org.example.dim.engine.cif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.example.dim.engine.chem.PeriodicTable;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.crystal.CrystalSystem;
import org.example.dim.engine.crystal.Site;
import org.example.dim.engine.crystal.Structure;
import org.junit.jupiter.api.Test;

/** Structure-level behaviour on small hand-written CIFs whose answers are textbook facts. */
class CifReaderTest {

    private static final CifReader READER = new CifReader();

    private static CrystalRecord one(String cif) {
        List<CrystalRecord> records = READER.read("hand.cif", cif);
        assertEquals(1, records.size());
        return records.get(0);
    }

    private static String rockSalt(String symmetry) {
        return """
                data_NaCl
                _cell_length_a 5.6402(3)
                _cell_length_b 5.6402(3)
                _cell_length_c 5.6402(3)
                _cell_angle_alpha 90
                _cell_angle_beta 90
                _cell_angle_gamma 90
                """ + symmetry + """
                loop_
                _atom_site_label
                _atom_site_type_symbol
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                Na1 Na+ 0 0 0
                Cl1 Cl- 0.5 0.5 0.5
                """;
    }

    @Test
    void rockSaltFromItsHermannMauguinSymbolHasEightAtoms() {
        CrystalRecord r = one(rockSalt("_symmetry_space_group_name_H-M 'F m -3 m'\n"));
        assertTrue(r.ok(), r.error());
        Structure s = r.structure();
        assertEquals(8, s.size(), "Fm-3m: 4 Na on 4a and 4 Cl on 4b");
        assertEquals("NaCl", s.composition().reducedFormula());
        assertEquals(4.0, s.composition().amount(PeriodicTable.bySymbol("Na").orElseThrow()), 0);
        assertEquals(225, r.spaceGroupNumber());
        assertEquals(CrystalSystem.CUBIC, r.crystalSystem().orElseThrow());
        assertEquals(2.1635, s.density(), 1e-4); // 4 × 58.443 amu × 1.66054 g/amu / 179.425 Å³ (5.6402³)
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("Hermann-Mauguin")), r.warnings().toString());
    }

    @Test
    void theSameFromHallSymbolNumberOrOperationsGivesTheSameCell() {
        String ops = "loop_\n_space_group_symop_operation_xyz\n" + String.join("\n",
                "'x,y,z'", "'x,y+1/2,z+1/2'", "'x+1/2,y,z+1/2'", "'x+1/2,y+1/2,z'") + "\n";
        for (String symmetry : new String[] {"_space_group_name_Hall '-F 4 2 3'\n", "_space_group_IT_number 225\n"}) {
            CrystalRecord r = one(rockSalt(symmetry));
            assertTrue(r.ok(), r.error());
            assertEquals(8, r.structure().size(), symmetry);
        }
        // Only the F-centring translations: still 8 atoms, from the listed operations.
        CrystalRecord r = one(rockSalt(ops));
        assertEquals(8, r.structure().size());
    }

    @Test
    void missingSymmetryIsAWarningNeverASilentP1() {
        CrystalRecord r = one(rockSalt(""));
        assertTrue(r.ok());
        assertEquals(2, r.structure().size());
        assertTrue(r.warnings().contains("no symmetry information: read as P1"), r.warnings().toString());
    }

    @Test
    void specialPositionsAreNotDuplicated() {
        // Rutile TiO2, P4_2/mnm: Ti on 2a, O on 4f (x = 0.3048) → Ti2O4.
        CrystalRecord r = one("""
                data_rutile
                _cell_length_a 4.5937
                _cell_length_b 4.5937
                _cell_length_c 2.9587
                _cell_angle_alpha 90
                _cell_angle_beta 90
                _cell_angle_gamma 90
                _symmetry_space_group_name_H-M 'P 42/m n m'
                loop_
                _atom_site_label
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                Ti1 0 0 0
                O1 0.3048 0.3048 0
                """);
        assertTrue(r.ok(), r.error());
        assertEquals(6, r.structure().size());
        assertEquals("TiO2", r.structure().composition().reducedFormula());
    }

    @Test
    void mixedSitesKeepTheirOccupanciesAndOverfullSitesAreErrors() {
        String template = """
                data_mixed
                _cell_length_a 4
                _cell_length_b 4
                _cell_length_c 4
                _cell_angle_alpha 90
                _cell_angle_beta 90
                _cell_angle_gamma 90
                _symmetry_space_group_name_H-M 'P 1'
                loop_
                _atom_site_label
                _atom_site_type_symbol
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                _atom_site_occupancy
                Fe1 Fe3+ 0 0 0 %s
                Co1 Co2+ 0 0 0 0.4
                O1 O2- 0.5 0.5 0.5 1
                """;
        CrystalRecord r = one(String.format(template, "0.6(1)"));
        assertTrue(r.ok(), r.error());
        assertEquals(2, r.structure().size());
        Site mixed = r.structure().sites().get(0);
        assertFalse(mixed.isOrdered());
        assertEquals(1.0, mixed.totalOccupancy(), 1e-12);
        assertEquals("Fe0.6 Co0.4 O1", r.structure().composition().formula());

        CrystalRecord over = one(String.format(template, "0.9"));
        assertFalse(over.ok());
        assertNull(over.structure());
        assertTrue(over.error().contains("Fe1, Co1") && over.error().contains("1.3"), over.error());
    }

    @Test
    void badValuesNameTheirTagAndLine() {
        CrystalRecord r = one(rockSalt("_space_group_IT_number 225\n").replace("5.6402(3)\n_cell_length_c", "abc\n_cell_length_c"));
        assertFalse(r.ok());
        assertTrue(r.error().startsWith("hand.cif, block NaCl, line 3, tag _cell_length_b: 'abc' is not a number"), r.error());

        CrystalRecord unknown = one(rockSalt("_space_group_IT_number 225\n").replace("Cl1 Cl-", "Q1 Qq"));
        assertFalse(unknown.ok());
        assertTrue(unknown.error().contains("Q1"), unknown.error());
    }

    @Test
    void labelsResolveToElements() {
        assertEquals("Fe", AtomTypes.resolve("Fe2+", true, Set.of()).orElseThrow().symbol());
        assertEquals("Cl", AtomTypes.resolve("CL", true, Set.of()).orElseThrow().symbol());
        assertEquals("O", AtomTypes.resolve("O2-", true, Set.of()).orElseThrow().symbol());
        assertEquals("O", AtomTypes.resolve("Wat", false, Set.of()).orElseThrow().symbol());
        assertEquals("O", AtomTypes.resolve("OW1", false, Set.of()).orElseThrow().symbol());
        assertEquals("H", AtomTypes.resolve("D12", false, Set.of()).orElseThrow().symbol());
        assertEquals("C", AtomTypes.resolve("C12A", false, Set.of()).orElseThrow().symbol());
        assertEquals("Ca", AtomTypes.resolve("Ca1", false, Set.of()).orElseThrow().symbol());
        assertEquals("Sr", AtomTypes.resolve("Sr", false, Set.of()).orElseThrow().symbol());
        assertTrue(AtomTypes.resolve("123", false, Set.of()).isEmpty());
        assertEquals("O", AtomTypes.resolve("WatOW", false, Set.of()).orElseThrow().symbol());
        assertEquals("H", AtomTypes.resolve("Dw", false, Set.of()).orElseThrow().symbol());
        assertEquals("H", AtomTypes.resolve("DWH1", false, Set.of()).orElseThrow().symbol());
        assertEquals("Dy", AtomTypes.resolve("Dy1", false, Set.of()).orElseThrow().symbol());
    }

    @Test
    void theFormulaSettlesUpperCaseLabels() {
        // COD 2104634, a cobalt carbonyl: CO(1) is cobalt. COD 2003526, an organic: HO1 is the H on O1.
        assertEquals("Co", AtomTypes.resolve("CO(1)", false, AtomTypes.formulaElements("C28 H10 Co4 O12"))
                .orElseThrow().symbol());
        assertEquals("H", AtomTypes.resolve("HO1", false, AtomTypes.formulaElements("C10 H20 Cl N O3"))
                .orElseThrow().symbol());
        assertEquals("C", AtomTypes.resolve("CA1", false, AtomTypes.formulaElements("C10 H20 N O3"))
                .orElseThrow().symbol());
        assertEquals("Ca", AtomTypes.resolve("CA1", false, AtomTypes.formulaElements("Ca O")).orElseThrow().symbol());
    }
}
