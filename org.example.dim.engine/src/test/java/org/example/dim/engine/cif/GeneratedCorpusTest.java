package org.example.dim.engine.cif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.example.dim.engine.crystal.Composition;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.crystal.Structure;
import org.example.dim.engine.io.CifSource;
import org.junit.jupiter.api.Test;

/**
 * The 30 Materials Project structures of {@code generated/}: each file pymatgen wrote with symmetry
 * (conventional cell, symmetry-distinct sites only) and each file ASE wrote must expand to the P1
 * structure of the same material: same composition, and site count and volume in the same ratio
 * (the conventional cell may be a multiple of the P1 cell), as GROUND_TRUTH.json records.
 */
class GeneratedCorpusTest {

    @Test
    void symmetrizedAndAseFilesReExpandToTheOriginalStructure() throws IOException {
        JsonNode truth = new ObjectMapper().readTree(CifCorpusTest.resource("cif-corpus/generated/GROUND_TRUTH.json"));
        CifReader reader = new CifReader();
        int checked = 0;
        for (JsonNode t : truth) {
            String id = t.get("material_id").asText();
            int p1Sites = t.get("nsites_P1").asInt();
            double p1Volume = t.get("volume").asDouble();
            Composition formula = Composition.parse(t.get("formula").asText());
            Structure original = readOne(reader, "generated/mp37k_original_P1/" + id + ".cif");
            assertEquals(p1Sites, original.size(), id);
            assertEquals(p1Volume, original.lattice().volume(), 1e-4 * p1Volume, id);
            for (String writer : List.of("pymatgen_2022.11_symmetrized", "ase_3.22_written")) {
                String file = "generated/" + writer + "/" + id + ".cif";
                if (!CifCorpusTest.present(file)) {
                    continue;
                }
                Structure s = readOne(reader, file);
                double multiple = s.lattice().volume() / p1Volume;
                assertEquals(Math.rint(multiple), multiple, 1e-4, file + ": cell is a whole multiple of the P1 cell");
                assertEquals(p1Sites * Math.rint(multiple), s.size(), 1e-9, file + ": sites scale with the cell");
                assertTrue(s.composition().reduced().almostEquals(formula.reduced(), 1e-6),
                        file + ": " + s.composition().formula() + " vs " + formula.formula());
                if (writer.startsWith("pymatgen")) {
                    assertEquals(t.get("nsites_after_reexpanding_symmetrized").asInt(), s.size(), file);
                }
                checked++;
            }
        }
        assertTrue(checked >= 30, "files checked: " + checked);
    }

    private static Structure readOne(CifReader reader, String file) throws IOException {
        List<CrystalRecord> records = reader.read(CifSource.ofText(file, CifCorpusTest.text("cif-corpus/" + file)));
        assertEquals(1, records.size(), file);
        assertTrue(records.get(0).ok(), () -> file + ": " + records.get(0).error());
        return records.get(0).structure();
    }
}
