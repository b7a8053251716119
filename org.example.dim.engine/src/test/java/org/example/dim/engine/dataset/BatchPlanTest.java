package org.example.dim.engine.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchPlanTest {

    private static int[] randomSites(int n, long seed) {
        Random r = new Random(seed);
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = 1 + r.nextInt(50);
        }
        return p;
    }

    private static int[] flatOrder(BatchPlan plan) {
        return IntStream.range(0, plan.size()).flatMap(b -> Arrays.stream(plan.batch(b))).toArray();
    }

    @Test
    void budgetIsKeptExceptBySingleOversizeCrystals() {
        int[] p = randomSites(3000, 7);
        p[17] = 1500;
        p[2500] = 1201;
        BatchPlan plan = BatchPlan.of(p, 1200, 42);
        int oversize = 0;
        for (int b = 0; b < plan.size(); b++) {
            int[] members = plan.batch(b);
            int sites = Arrays.stream(members).map(i -> p[i]).sum();
            assertEquals(sites, plan.sites(b));
            if (sites > 1200) {
                assertEquals(1, members.length, "batch " + b + " has " + sites + " sites");
                oversize++;
            }
            if (b < plan.size() - 1) {
                // Greedy: the next batch's first crystal would not have fitted.
                assertTrue(sites + p[plan.batch(b + 1)[0]] > 1200, "batch " + b + " closed early");
            }
        }
        assertEquals(2, oversize);
    }

    @Test
    void everyCrystalIsInExactlyOneBatch() {
        int[] p = randomSites(5000, 3);
        BatchPlan plan = BatchPlan.of(p, 42);
        assertEquals(BatchPlan.DEFAULT_SITE_BUDGET, plan.budget());
        assertEquals(5000, plan.crystals());
        int[] all = flatOrder(plan);
        assertEquals(5000, all.length);
        int[] sorted = all.clone();
        Arrays.sort(sorted);
        assertArrayEquals(IntStream.range(0, 5000).toArray(), sorted);
    }

    @Test
    void sameSeedSamePlanDifferentSeedDifferentOrder() {
        int[] p = randomSites(2000, 5);
        BatchPlan a = BatchPlan.of(p, 1200, 42);
        BatchPlan b = BatchPlan.of(p, 1200, 42);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.batch(i), b.batch(i));
        }
        assertFalse(Arrays.equals(flatOrder(a), flatOrder(BatchPlan.of(p, 1200, 43))));
        assertFalse(Arrays.equals(flatOrder(a), IntStream.range(0, 2000).toArray()), "not shuffled");
        assertNotEquals(BatchPlan.epochSeed(42, 0), BatchPlan.epochSeed(42, 1));
        assertFalse(Arrays.equals(flatOrder(BatchPlan.of(p, BatchPlan.epochSeed(42, 0))),
                flatOrder(BatchPlan.of(p, BatchPlan.epochSeed(42, 1)))));
    }

    @Test
    void theOrderIsFixedByTheJavaSpecification() {
        // java.util.Random's algorithm is specified, so this holds on every JVM; a change here changes every
        // recorded training order.
        assertArrayEquals(new int[] {2, 3, 1, 4, 0}, BatchPlan.shuffledOrder(5, 1));
    }

    @Test
    void smallCasesByHand() {
        // Budget 5; seed 1 orders the crystals 2, 3, 1, 4, 0; P = {2, 3, 1, 4, 6} by index.
        int[] p = {2, 3, 1, 4, 6};
        BatchPlan plan = BatchPlan.of(p, 5, 1);
        // 2 (P 1) + 3 (P 4) = 5 fits exactly; 1 (P 3) would make 8: new batch; 4 (P 6) would make 9: new batch,
        // where it is alone and over the budget; 0 (P 2) starts the last, partial batch.
        assertEquals(4, plan.size());
        assertArrayEquals(new int[] {2, 3}, plan.batch(0));
        assertArrayEquals(new int[] {1}, plan.batch(1));
        assertArrayEquals(new int[] {4}, plan.batch(2));
        assertArrayEquals(new int[] {0}, plan.batch(3));
        assertArrayEquals(new int[] {5, 3, 6, 2}, IntStream.range(0, 4).map(plan::sites).toArray());
        assertEquals(0, BatchPlan.of(new int[0], 1).size());
        assertEquals(1, BatchPlan.of(new int[] {5000}, 1).size());
        assertThrows(IllegalArgumentException.class, () -> BatchPlan.of(new int[] {0}, 1));
        assertThrows(IllegalArgumentException.class, () -> BatchPlan.of(new int[] {1}, 0, 1));
    }
}
