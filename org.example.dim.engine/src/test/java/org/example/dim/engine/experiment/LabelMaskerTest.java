package org.example.dim.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LabelMaskerTest {

    private static double[] labels(int n, int everyMissing) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % everyMissing == 0 ? Double.NaN : i;
        }
        return y;
    }

    @Test
    void theThreePartsCoverEveryRowOnceAndMissingLabelsAreNeverLabelled() {
        double[] y = labels(200, 10); // 20 rows without a label
        LabelMasker masker = new LabelMasker(0.2, 5);
        int[] test = masker.testRows(y);
        assertEquals(36, test.length, "20% of the 180 labelled rows");
        LabelMasker.Split s = masker.mask(y, test, 50, 1);
        assertEquals(50, s.labelled().length);
        assertEquals(200, s.labelled().length + s.masked().length + s.test().length);
        Set<Integer> seen = new HashSet<>();
        IntStream.of(s.labelled()).forEach(i -> assertTrue(seen.add(i)));
        IntStream.of(s.masked()).forEach(i -> assertTrue(seen.add(i)));
        IntStream.of(s.test()).forEach(i -> assertTrue(seen.add(i)));
        IntStream.of(s.labelled()).forEach(i -> assertFalse(Double.isNaN(y[i])));
        IntStream.of(s.test()).forEach(i -> assertFalse(Double.isNaN(y[i])));
    }

    @Test
    void replicatesAreSeededAndDiffer() {
        double[] y = labels(300, 7);
        LabelMasker masker = new LabelMasker(0.2, 9);
        int[] test = masker.testRows(y);
        assertArrayEquals(test, new LabelMasker(0.2, 9).testRows(y));
        assertArrayEquals(masker.mask(y, test, 40, 2).labelled(), new LabelMasker(0.2, 9).mask(y, test, 40, 2).labelled());
        assertNotEquals(Arrays.toString(masker.mask(y, test, 40, 1).labelled()),
                Arrays.toString(masker.mask(y, test, 40, 2).labelled()));
        assertNotEquals(Arrays.toString(test), Arrays.toString(new LabelMasker(0.2, 10).testRows(y)));
    }

    @Test
    void aFoldColumnChoosesTheTestRows() {
        double[] y = {1, 2, Double.NaN, 4, 5};
        String[] folds = {"a", "b", "b", "a", "b"};
        assertArrayEquals(new int[] {1, 4}, LabelMasker.testRows(y, folds, "b"));
    }

    @Test
    void askingForMoreLabelsThanThereAreSaysHowMany() {
        double[] y = labels(20, 2);
        LabelMasker masker = new LabelMasker(0.2, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> masker.mask(y, masker.testRows(y), 50, 1));
        assertEquals("asked to keep 50 labels, but only 8 training rows have one", e.getMessage());
    }
}
