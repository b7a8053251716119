package org.example.dim.engine.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.example.dim.engine.dim.CrystalSource;
import org.example.dim.engine.sitenet.FeaturizationSettings;
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

    static List<SiteNetInput> randomCrystals(int n, long seed) {
        Random r = new Random(seed);
        List<SiteNetInput> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(crystal("mp-" + i + "-" + "x".repeat(r.nextInt(5)), 1 + r.nextInt(12), 1 + r.nextInt(8),
                    r.nextLong()));
        }
        return out;
    }

    private Path write(String name, List<SiteNetInput> crystals) throws IOException {
        Path file = dir.resolve(name);
        try (FeaturizedDatasetWriter w = FeaturizedDatasetWriter.create(file, Map.of("supercell_size", 50))) {
            for (SiteNetInput c : crystals) {
                w.append(c);
            }
            assertEquals(crystals.size(), w.count());
        }
        return file;
    }

    private Path write(List<SiteNetInput> crystals) throws IOException {
        return write("d.sitenet", crystals);
    }

    private static void assertSameCrystal(SiteNetInput a, SiteNetInput b) {
        assertEquals(a.id(), b.id());
        assertEquals(a.primitiveSites(), b.primitiveSites());
        assertEquals(a.images(), b.images());
        assertArrayEquals(a.atomicNumbers(), b.atomicNumbers());
        assertArrayEquals(bits(a.siteFeatures()), bits(b.siteFeatures()));
        assertArrayEquals(bits(a.distances()), bits(b.distances()));
    }

    private static int[] bits(float[] f) {
        int[] b = new int[f.length];
        for (int i = 0; i < f.length; i++) {
            b[i] = Float.floatToRawIntBits(f[i]);
        }
        return b;
    }

    private static void assertRefused(Path file, String... words) {
        IOException e = assertThrows(IOException.class, () -> {
            try (FeaturizedDatasetReader r = FeaturizedDatasetReader.open(file)) {
                for (SiteNetInput c : r) {
                    assertTrue(c.primitiveSites() > 0);
                }
            } catch (UncheckedIOException u) {
                throw u.getCause();
            }
        });
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), e.getMessage());
        }
    }

    @Test
    void roundTripIsBitIdenticalWithRandomAccess() throws IOException {
        SiteNetInput special = crystal("odd-floats", 2, 1, 9);
        float[] f = special.siteFeatures();
        f[0] = -0.0f;
        f[1] = Float.NaN;
        f[2] = Float.MIN_VALUE;
        f[3] = Float.intBitsToFloat(0x7fc00123); // a NaN with payload
        special = new SiteNetInput(special.id(), 2, 1, special.atomicNumbers(), f, special.distances());
        List<SiteNetInput> crystals = List.of(crystal("mp-1", 1, 48, 1), crystal("mp-ü2 Fe₂O₃", 5, 8, 2),
                crystal("mp-3", 12, 3, 3), crystal("", 1, 1, 4), special);
        try (FeaturizedDatasetReader r = FeaturizedDatasetReader.open(write(crystals))) {
            assertEquals(5, r.size());
            assertEquals(1, r.formatVersion());
            assertEquals(50, r.settings().get("supercell_size"));
            assertArrayEquals(new int[] {1, 5, 12, 1, 2}, r.primitiveSiteCounts());
            assertEquals(48, r.images(0));
            for (int i : new int[] {2, 0, 4, 1, 3, 2}) {
                assertSameCrystal(crystals.get(i), r.get(i));
                assertEquals(crystals.get(i).id(), r.id(i));
            }
            int i = 0;
            for (SiteNetInput c : r) {
                assertSameCrystal(crystals.get(i++), c);
            }
            assertEquals(5, i);
            assertThrows(IndexOutOfBoundsException.class, () -> r.get(5));
            CrystalSource subset = CrystalSource.of(r).subset(new int[] {4, 1});
            assertEquals(List.of("odd-floats", "mp-ü2 Fe₂O₃"), List.of(subset.id(0), subset.id(1)),
                "ids through a source on the file, as the pre-training pool reads them");
        }
    }

    @Test
    void manyCrystalsAcrossSeveralMappedRegions() throws IOException {
        List<SiteNetInput> crystals = randomCrystals(400, 11);
        Path file = write(crystals);
        try (FeaturizedDatasetReader r = FeaturizedDatasetReader.open(file, true, 4096)) {
            assertTrue(r.regionCount() > 10, "regions: " + r.regionCount());
            Random order = new Random(5);
            for (int k = 0; k < 1000; k++) {
                int i = order.nextInt(crystals.size());
                assertSameCrystal(crystals.get(i), r.get(i));
            }
        }
        // A record bigger than a region gets a region of its own.
        Path big = write("big.sitenet", List.of(crystal("a", 1, 1, 1), crystal("b", 40, 8, 2), crystal("c", 2, 2, 3)));
        try (FeaturizedDatasetReader r = FeaturizedDatasetReader.open(big, true, 256)) {
            assertEquals(3, r.regionCount());
            assertSameCrystal(crystal("b", 40, 8, 2), r.get(1));
            assertSameCrystal(crystal("c", 2, 2, 3), r.get(2));
        }
    }

    @Test
    void settingsRoundTripAsJson() throws IOException {
        FeaturizationSettings s = FeaturizationSettings.deepInfoMaxDefaults();
        Path file = dir.resolve("s.sitenet");
        try (FeaturizedDatasetWriter w = FeaturizedDatasetWriter.create(file, s)) {
            w.append(crystal("a", 2, 2, 1));
        }
        try (FeaturizedDatasetReader r = FeaturizedDatasetReader.open(file)) {
            Map<String, Object> m = r.settings();
            assertEquals(50, m.get("supercell_size"));
            assertEquals(0.5, m.get("primitive_tolerance"));
            assertEquals(SiteFeatures.NAMES, m.get("feature_names"));
            assertEquals(List.of(0.1, 0.1, 1.0, 1.0, 1.0, 10.0, 10.0, 0.001, 1.0),
                    ((List<?>) m.get("feature_scales")).stream().map(x -> (double) (float) ((Number) x).doubleValue())
                            .map(x -> Math.round(x * 1e6) / 1e6).toList());
            assertEquals(s.describe().keySet(), m.keySet());
            assertThrows(UnsupportedOperationException.class, () -> m.put("x", 1));
        }
    }

    @Test
    void anEmptyDatasetIsValid() throws IOException {
        try (FeaturizedDatasetReader r = FeaturizedDatasetReader.open(write(List.of()))) {
            assertEquals(0, r.size());
            assertFalse(r.iterator().hasNext());
            assertEquals(0, r.primitiveSiteCounts().length);
        }
    }

    @Test
    void aTruncatedFileIsRefusedNamingIt() throws IOException {
        Path file = write(List.of(crystal("a", 2, 2, 1), crystal("b", 3, 2, 2)));
        byte[] bytes = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.sitenet");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 30));
        assertRefused(cut, "index");
        // Any cut at all is refused.
        for (int length = 0; length < bytes.length; length += 7) {
            Files.write(cut, Arrays.copyOf(bytes, length));
            assertRefused(cut);
        }
    }

    @Test
    void aFileWhoseWritingWasInterruptedIsRefused() throws IOException {
        // As the writer leaves it before close(): header count -1, records, no index.
        Path file = write(List.of(crystal("a", 2, 2, 1), crystal("b", 3, 2, 2)));
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        long indexOffset = b.getLong(b.capacity() - 24);
        b.putLong(24, -1);
        Path partial = dir.resolve("partial.sitenet");
        Files.write(partial, Arrays.copyOf(b.array(), (int) indexOffset));
        assertRefused(partial, "incomplete", "interrupted");
    }

    @Test
    void abortDeletesTheFile() throws IOException {
        Path file = dir.resolve("aborted.sitenet");
        FeaturizedDatasetWriter w = FeaturizedDatasetWriter.create(file, Map.of());
        w.append(crystal("a", 2, 2, 1));
        w.abort();
        w.close();
        assertFalse(Files.exists(file));
    }

    @Test
    void aForeignFileIsRefused() throws IOException {
        Path foreign = dir.resolve("x.sitenet");
        Files.writeString(foreign, "data_x\n_cell_length_a 1\n_cell_length_b 1\n_cell_length_c 1\n");
        assertRefused(foreign, "not a featurised dataset");
        Files.write(foreign, new byte[0]);
        assertRefused(foreign, "not a featurised dataset");
        Path file = write(List.of(crystal("a", 2, 2, 1)));
        byte[] bytes = Files.readAllBytes(file);
        bytes[1] = 'X';
        Files.write(foreign, bytes);
        assertRefused(foreign, "not a featurised dataset");
    }

    @Test
    void aNewerVersionIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(write(List.of(crystal("a", 2, 2, 1))));
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 2);
        Path newer = dir.resolve("newer.sitenet");
        Files.write(newer, bytes);
        assertRefused(newer, "version 2", "newer");
    }

    @Test
    void otherDamageIsRefused() throws IOException {
        byte[] good = Files.readAllBytes(write(List.of(crystal("a", 2, 2, 1), crystal("b", 3, 2, 2))));
        Path bad = dir.resolve("bad.sitenet");

        byte[] bytes = good.clone();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 8);
        Files.write(bad, bytes);
        assertRefused(bad, "8 features per site");

        bytes = good.clone();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(12, 1);
        Files.write(bad, bytes);
        assertRefused(bad, "flags");

        // A flipped bit in a distance: the record's checksum catches it when the record is read.
        bytes = good.clone();
        long second = ByteBuffer.wrap(good).order(ByteOrder.LITTLE_ENDIAN).getLong(good.length - 32 - 24);
        bytes[(int) second - 12] ^= 0x10;
        Files.write(bad, bytes);
        try (FeaturizedDatasetReader r = FeaturizedDatasetReader.open(bad)) {
            r.get(1);
            IOException e = assertThrows(IOException.class, () -> r.get(0));
            assertTrue(e.getMessage().contains("record 0") && e.getMessage().contains("checksum"), e.getMessage());
        }
        try (FeaturizedDatasetReader r = FeaturizedDatasetReader.open(bad, false)) {
            r.get(0); // unchecked: reads the damaged value
        }

        // A flipped bit in the index.
        bytes = good.clone();
        bytes[good.length - 32 - 24 + 8] ^= 0x01;
        Files.write(bad, bytes);
        assertRefused(bad, "index is damaged");

        // Header and trailer disagree on the count.
        bytes = good.clone();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(24, 3);
        Files.write(bad, bytes);
        assertRefused(bad, "index is damaged");
    }

    @Test
    void aClosedReaderRefusesReads() throws IOException {
        FeaturizedDatasetReader r = FeaturizedDatasetReader.open(write(List.of(crystal("a", 2, 2, 1))));
        r.close();
        IOException e = assertThrows(IOException.class, () -> r.get(0));
        assertTrue(e.getMessage().contains("closed"));
    }
}
