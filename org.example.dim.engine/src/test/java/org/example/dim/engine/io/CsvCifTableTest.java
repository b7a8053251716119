package org.example.dim.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.example.dim.engine.cif.CifReader;
import org.example.dim.engine.crystal.CrystalRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV inputs: one source per row, CIF text from the cif column (multi-line, quoted), numeric columns as labels. */
class CsvCifTableTest {

    private static final Path P1 = Path.of("src/test/resources/cif-corpus/generated/mp37k_original_P1");

    @TempDir
    Path dir;

    @Test
    void eachRowIsASourceNamedByItsIdWithItsNumbersAsLabels() throws Exception {
        Path csv = dir.resolve("table.csv");
        try (Writer w = Files.newBufferedWriter(csv);
             CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader("material_id", "formula", "band_gap", "cif").build()
                     .print(w)) {
            p.printRecord("mp-11305", "x", "1.5", Files.readString(P1.resolve("mp-11305.cif")));
            p.printRecord("mp-1009079", "y", "", Files.readString(P1.resolve("mp-1009079.cif")));
        }
        List<CifSource> sources;
        try (Stream<CifSource> s = CifSources.open(List.of(csv))) {
            sources = s.toList();
        }
        assertEquals(2, sources.size());
        assertEquals("mp-11305", sources.get(0).blockName());
        assertEquals(Map.of("band_gap", 1.5), sources.get(0).properties());
        assertEquals(Map.of(), sources.get(1).properties(), "an empty cell is no label, a text column no label");
        List<CrystalRecord> read = new CifReader().read(sources.get(0));
        assertTrue(read.get(0).ok(), read.get(0).error());
        assertEquals(new CifReader().read(CifSource.ofText("f", Files.readString(P1.resolve("mp-11305.cif")))).get(0)
                .structure().size(), read.get(0).structure().size());
    }

    @Test
    void aCsvWithoutACifColumnIsAFailedSourceNamingItsColumns() throws Exception {
        Path csv = Files.writeString(dir.resolve("labels.csv"), "file,band_gap\nmp-1.cif,1.0\n");
        List<CifSource> sources;
        try (Stream<CifSource> s = CifSources.open(List.of(csv))) {
            sources = s.toList();
        }
        assertEquals(1, sources.size());
        assertFalse(sources.get(0).ok());
        assertEquals("CSV has no column 'cif' (its columns: [file, band_gap])", sources.get(0).error());
        assertNull(sources.get(0).text());
    }

    @Test
    void aFolderIsSearchedForCifsNotForCsvFiles() throws Exception {
        Files.copy(P1.resolve("mp-11305.cif"), dir.resolve("mp-11305.cif"));
        Files.writeString(dir.resolve("labels.csv"), "file,band_gap\nmp-11305.cif,1.0\n");
        try (Stream<CifSource> s = CifSources.open(List.of(dir))) {
            assertEquals(1, s.count());
        }
    }
}
