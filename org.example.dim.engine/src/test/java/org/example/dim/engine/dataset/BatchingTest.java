package org.example.dim.engine.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.example.dim.engine.sitenet.SiteNetInput;
import org.junit.jupiter.api.Test;

class BatchingTest {

    @Test
    void planKeepsTheBudgetHoldsEveryCrystalOnceAndDependsOnlyOnTheSeed() {
        Random r = new Random(7);
        int[] p = new int[3000];
        for (int i = 0; i < p.length; i++) {
            p[i] = 1 + r.nextInt(50);
        }
        p[17] = 1500; // larger than the budget: a batch of its own
        BatchPlan plan = BatchPlan.of(p, 1200, 42);
        boolean[] seen = new boolean[p.length];
        for (int b = 0; b < plan.size(); b++) {
            int[] members = plan.batch(b);
            int sites = Arrays.stream(members).map(i -> p[i]).sum();
            assertTrue(sites <= 1200 || members.length == 1, "batch " + b + " has " + sites + " sites");
            if (b < plan.size() - 1) {
                // The next batch's first crystal would not have fitted.
                assertTrue(sites + p[plan.batch(b + 1)[0]] > 1200);
            }
            for (int i : members) {
                assertFalse(seen[i], "crystal " + i + " twice");
                seen[i] = true;
            }
        }
        for (boolean s : seen) {
            assertTrue(s);
        }
        assertArrayEquals(plan.batch(3), BatchPlan.of(p, 1200, 42).batch(3));
        assertFalse(Arrays.equals(plan.batch(0), BatchPlan.of(p, 1200, 43).batch(0)));
    }

    @Test
    void packingMatchesTheHandWorkedCollation() {
        // Crystal A: P = 1, images = 2 (Lc = 2). Crystal B: P = 2, images = 1 (Lc = 2). Then C: P = 1, images = 3.
        SiteNetInput a = new SiteNetInput("A", 1, 2, new int[] {11}, features(1, 1), new float[] {0f, 3f});
        SiteNetInput b = new SiteNetInput("B", 2, 1, new int[] {8, 12}, features(2, 2),
                new float[] {0f, 2f, 2f, 0f});
        SiteNetInput c = new SiteNetInput("C", 1, 3, new int[] {26}, features(1, 3), new float[] {0f, 4f, 5f});
        SiteNetBatch batch = SiteNetBatch.pack(List.of(a, b, c));
        assertEquals(4, batch.sites());
        assertEquals(3, batch.maxEnvironment());
        assertArrayEquals(new float[] {0, 3, 0, 0, 2, 0, 2, 0, 0, 0, 4, 5}, batch.distances());
        assertArrayEquals(new float[] {1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1}, batch.mask());
        // A: k/2 mod 1 = 0 -> 0. B (start 1): k mod 2 -> 1, 2, 1 (k = 2 is padding, wrapped). C (start 3): 3.
        assertArrayEquals(new int[] {0, 0, 0, 1, 2, 1, 1, 2, 1, 3, 3, 3}, batch.neighbourIndex());
        assertArrayEquals(new int[] {0, 1, 1, 2}, batch.crystalOfSite());
        assertArrayEquals(new int[] {0, 1, 3, 4}, batch.crystalOffsets());
        assertArrayEquals(new int[] {11, 8, 12, 26}, batch.atomicNumbers());
        assertEquals(2f, batch.siteFeatures()[SiteFeatures.COUNT * 1]);
    }

    private static float[] features(int p, float value) {
        float[] f = new float[p * SiteFeatures.COUNT];
        Arrays.fill(f, value);
        return f;
    }
}
