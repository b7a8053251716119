package org.example.dim.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelTableTest {

    @TempDir
    Path dir;

    @Test
    void aFolderOfCifsTakesItsLabelsByFileName() throws Exception {
        Path p1 = Path.of("src/test/resources/cif-corpus/generated/mp37k_original_P1");
        Path cifs = Files.createDirectory(dir.resolve("cifs"));
        Files.copy(p1.resolve("mp-11305.cif"), cifs.resolve("mp-11305.cif"));
        Files.copy(p1.resolve("mp-1009079.cif"), cifs.resolve("mp-1009079.cif"));
        Path labels = Files.writeString(dir.resolve("labels.csv"), "file,band_gap\nmp-11305.cif,1.25\nmp-1009079,\n");
        LabelledDataset data = LabelledDataset.read(List.of(cifs), FeaturizationSettings.deepInfoMaxDefaults(), 1,
                LabelTable.read(labels));
        assertEquals(2, data.size());
        Map<String, Double> byBlock = new java.util.HashMap<>();
        data.crystals().forEach(c -> byBlock.put(c.source(), c.property("band_gap")));
        assertEquals(1.25, byBlock.get(cifs.resolve("mp-11305.cif").toString()));
        assertEquals(Double.NaN, byBlock.get(cifs.resolve("mp-1009079.cif").toString()), "empty cell: no label");
    }

    @Test
    void aValueThatIsNotANumberIsNamedByRowAndColumn() throws Exception {
        Path labels = Files.writeString(dir.resolve("labels.csv"), "file,band_gap\na.cif,1\nb.cif,big\n");
        IOException e = assertThrows(IOException.class, () -> LabelTable.read(labels));
        assertEquals(labels + " row 3, column 'band_gap': 'big' is not a number", e.getMessage());
    }
}
