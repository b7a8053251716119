package org.example.dim.engine.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.example.dim.engine.sitenet.SiteNetInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class SiteNetBatchTest {

    @TempDir
    Path dir;

    private static float[] features(int p, float value) {
        float[] f = new float[p * SiteFeatures.COUNT];
        Arrays.fill(f, value);
        return f;
    }

    /** A: P = 1, images = 3 (Lc = 3); B: P = 2, images = 1 (Lc = 2). So B = 3 sites, Lmax = 3. */
    private static SiteNetBatch twoCrystals() {
        SiteNetInput a = new SiteNetInput("A", 1, 3, new int[] {26}, features(1, 1), new float[] {0f, 4f, 5f});
        SiteNetInput b = new SiteNetInput("B", 2, 1, new int[] {8, 12}, features(2, 2), new float[] {0f, 2f, 2.5f, 0f});
        return SiteNetBatch.pack(List.of(a, b), new int[] {7, 3});
    }

    @Test
    void twoCrystalsByHand() {
        SiteNetBatch batch = twoCrystals();
        assertEquals(2, batch.crystals());
        assertEquals(3, batch.sites());
        assertEquals(3, batch.maxEnvironment());
        assertEquals(List.of("A", "B"), batch.ids());
        assertArrayEquals(new int[] {7, 3}, batch.crystalIndices());
        // Rows: A's site; B's site 0; B's site 1. B's rows have one padded position, k = 2.
        assertArrayEquals(new float[] {
            0, 4, 5,
            0, 2, 0,
            2.5f, 0, 0}, batch.distances());
        assertArrayEquals(new float[] {
            1, 1, 1,
            1, 1, 0,
            1, 1, 0}, batch.mask());
        // attention_j = start + (k / images) mod P. A: start 0, images 3, P 1 -> 0 0 0.
        // B: start 1, images 1, P 2 -> k = 0: 1, k = 1: 2, k = 2 (padding): 1 + (2 mod 2) = 1.
        assertArrayEquals(new int[] {
            0, 0, 0,
            1, 2, 1,
            1, 2, 1}, batch.neighbourIndex());
        assertArrayEquals(new int[] {0, 1, 1}, batch.crystalOfSite());
        assertArrayEquals(new int[] {0, 1, 3}, batch.crystalOffsets());
        assertArrayEquals(new int[] {26, 8, 12}, batch.atomicNumbers());
        float[] f = batch.siteFeatures();
        assertEquals(3 * SiteFeatures.COUNT, f.length);
        assertEquals(1f, f[SiteFeatures.COUNT - 1]);
        assertEquals(2f, f[SiteFeatures.COUNT]);
        assertEquals(2f, f[3 * SiteFeatures.COUNT - 1]);
    }

    @Test
    void theReferencesOwnExample() {
        // P = 1, images = 2 and P = 2, images = 1: both Lc = 2, so no padding; then P = 1, images = 3 pads both.
        SiteNetInput a = new SiteNetInput("A", 1, 2, new int[] {11}, features(1, 1), new float[] {0f, 3f});
        SiteNetInput b = new SiteNetInput("B", 2, 1, new int[] {8, 12}, features(2, 2), new float[] {0f, 2f, 2f, 0f});
        SiteNetBatch ab = SiteNetBatch.pack(List.of(a, b));
        assertArrayEquals(new float[] {1, 1, 1, 1, 1, 1}, ab.mask());
        assertArrayEquals(new int[] {0, 0, 1, 2, 1, 2}, ab.neighbourIndex());
        assertArrayEquals(new int[] {0, 1}, ab.crystalIndices());
        SiteNetInput c = new SiteNetInput("C", 1, 3, new int[] {26}, features(1, 3), new float[] {0f, 4f, 5f});
        SiteNetBatch abc = SiteNetBatch.pack(List.of(a, b, c));
        assertArrayEquals(new float[] {0, 3, 0, 0, 2, 0, 2, 0, 0, 0, 4, 5}, abc.distances());
        assertArrayEquals(new float[] {1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1}, abc.mask());
        // A: (k / 2) mod 1 = 0. B (start 1): k mod 2 -> 1, 2, 1 (k = 2 is padding, wrapped). C (start 3): 3.
        assertArrayEquals(new int[] {0, 0, 0, 1, 2, 1, 1, 2, 1, 3, 3, 3}, abc.neighbourIndex());
        assertArrayEquals(new int[] {0, 1, 1, 2}, abc.crystalOfSite());
        assertArrayEquals(new int[] {0, 1, 3, 4}, abc.crystalOffsets());
        assertThrows(IllegalArgumentException.class, () -> SiteNetBatch.pack(List.of()));
    }

    @Test
    void accessorsReturnCopies() {
        SiteNetBatch batch = twoCrystals();
        batch.mask()[0] = 7;
        batch.neighbourIndex()[0] = 7;
        assertEquals(1f, batch.mask()[0]);
        assertEquals(0, batch.neighbourIndex()[0]);
    }

    @Test
    void nd4jTensorsHoldTheSameValues() {
        SiteNetBatch batch = twoCrystals();
        INDArray d = batch.distanceTensor();
        assertArrayEquals(new long[] {3, 3}, d.shape());
        assertEquals(DataType.FLOAT, d.dataType());
        assertEquals(2.5f, d.getFloat(2, 0));
        assertArrayEquals(batch.distances(), d.ravel().toFloatVector());
        INDArray m = batch.maskTensor();
        assertEquals(0f, m.getFloat(1, 2));
        assertArrayEquals(batch.mask(), m.ravel().toFloatVector());
        INDArray j = batch.neighbourIndexTensor();
        assertEquals(DataType.INT, j.dataType());
        assertArrayEquals(new long[] {3, 3}, j.shape());
        assertArrayEquals(batch.neighbourIndex(), j.ravel().toIntVector());
        INDArray f = batch.siteFeatureTensor();
        assertArrayEquals(new long[] {3, SiteFeatures.COUNT}, f.shape());
        assertEquals(2f, f.getFloat(1, 0));
        assertArrayEquals(new int[] {0, 1, 1}, batch.crystalOfSiteTensor().toIntVector());
        assertArrayEquals(new int[] {0, 1, 3}, batch.crystalOffsetTensor().toIntVector());
        assertArrayEquals(new int[] {26, 8, 12}, batch.atomicNumberTensor().toIntVector());
        assertEquals(DataType.INT, batch.atomicNumberTensor().dataType());
    }

    @Test
    void batchesStreamLazilyFromTheFile() throws IOException {
        List<SiteNetInput> crystals = FeaturizedDatasetFileTest.randomCrystals(300, 2);
        Path file = dir.resolve("stream.sitenet");
        try (FeaturizedDatasetWriter w = FeaturizedDatasetWriter.create(file, Map.of())) {
            for (SiteNetInput c : crystals) {
                w.append(c);
            }
        }
        try (FeaturizedDatasetReader r = FeaturizedDatasetReader.open(file)) {
            BatchPlan plan = BatchPlan.of(r.primitiveSiteCounts(), 100, 9);
            Iterator<SiteNetBatch> it = plan.read(r);
            List<Integer> seen = new ArrayList<>();
            for (int b = 0; b < plan.size(); b++) {
                SiteNetBatch batch = it.next();
                assertArrayEquals(plan.batch(b), batch.crystalIndices());
                assertEquals(plan.sites(b), batch.sites());
                int[] indices = batch.crystalIndices();
                int[] offsets = batch.crystalOffsets();
                float[] d = batch.distances();
                for (int c = 0; c < indices.length; c++) {
                    SiteNetInput in = crystals.get(indices[c]);
                    assertEquals(in.id(), batch.ids().get(c));
                    assertEquals(in.primitiveSites(), offsets[c + 1] - offsets[c]);
                    // Last distance of the crystal's last site, at its row in the batch.
                    int row = offsets[c + 1] - 1;
                    assertEquals(in.distance(in.primitiveSites() - 1, in.supercellSites() - 1),
                            d[row * batch.maxEnvironment() + in.supercellSites() - 1]);
                    seen.add(indices[c]);
                }
            }
            assertFalse(it.hasNext());
            assertEquals(300, seen.size());
            assertEquals(300, seen.stream().distinct().count());
        }
    }
}
