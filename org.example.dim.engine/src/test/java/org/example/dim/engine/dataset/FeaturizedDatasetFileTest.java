package org.example.dim.engine.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.example.dim.engine.sitenet.SiteNetInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturizedDatasetFileTest {

    @TempDir
    Path dir;

    static SiteNetInput crystal(String id, int p, int images, long seed) {
        Random r = new Random(seed);
        int[] z = new int[p];
        float[] f = new float[p * SiteFeatures.COUNT];
        float[] d = new float[p * p * images];
        for (int i = 0; i < p; i++) {
            z[i] = 1 + r.nextInt(90);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = r.nextFloat() * 100;
        }
        for (int i = 0; i < d.length; i++) {
            d[i] = r.nextFloat() * 10;
        }
        return new SiteNetInput(id, p, images, z, f, d);
    }

    private Path write(List<SiteNetInput> crystals) throws IOException {
        Path file = dir.resolve("d.sitenet");
        try (FeaturizedDatasetWriter w = FeaturizedDatasetWriter.create(file, Map.of("supercell_size", 50))) {
            for (SiteNetInput c : crystals) {
                w.append(c);
            }
        }
        return file;
    }

    @Test
    void roundTripIsBitIdenticalWithRandomAccess() throws IOException {
        List<SiteNetInput> crystals = List.of(crystal("mp-1", 1, 48, 1), crystal("mp-ü2", 5, 8, 2),
                crystal("mp-3", 12, 3, 3));
        try (FeaturizedDatasetReader r = FeaturizedDatasetReader.open(write(crystals))) {
            assertEquals(3, r.size());
            assertEquals(50, r.settings().get("supercell_size"));
            assertArrayEquals(new int[] {1, 5, 12}, r.primitiveSiteCounts());
            for (int i : new int[] {2, 0, 1}) {
                SiteNetInput a = crystals.get(i);
                SiteNetInput b = r.get(i);
                assertEquals(a.id(), b.id());
                assertEquals(a.images(), b.images());
                assertArrayEquals(a.atomicNumbers(), b.atomicNumbers());
                assertArrayEquals(a.siteFeatures(), b.siteFeatures());
                assertArrayEquals(a.distances(), b.distances());
            }
        }
    }

    @Test
    void anInterruptedFileIsRefusedNamingIt() throws IOException {
        Path file = write(List.of(crystal("a", 2, 2, 1), crystal("b", 3, 2, 2)));
        byte[] bytes = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.sitenet");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 30));
        IOException e = assertThrows(IOException.class, () -> FeaturizedDatasetReader.open(cut));
        assertTrue(e.getMessage().contains("cut.sitenet") && e.getMessage().contains("index"), e.getMessage());
    }

    @Test
    void foreignAndNewerFilesAreRefused() throws IOException {
        Path foreign = dir.resolve("x.sitenet");
        Files.writeString(foreign, "data_x\n_cell_length_a 1\n");
        assertTrue(assertThrows(IOException.class, () -> FeaturizedDatasetReader.open(foreign)).getMessage()
                .contains("not a featurised dataset"));
        Path file = write(List.of(crystal("a", 2, 2, 1)));
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 99);
        Path newer = dir.resolve("newer.sitenet");
        Files.write(newer, bytes);
        assertTrue(assertThrows(IOException.class, () -> FeaturizedDatasetReader.open(newer)).getMessage()
                .contains("newer"));
    }
}
