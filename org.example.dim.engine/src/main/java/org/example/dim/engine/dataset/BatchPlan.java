package org.example.dim.engine.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.example.dim.engine.sitenet.SiteNetInput;

/**
 * Which crystals go together in each training batch, as the reference's {@code SiteNet_batch_sampler}
 * (reference §1.6): go through a seeded random order of the crystals and add crystals while the batch's
 * total of unique primitive sites ΣP stays within the budget (default 1200); the crystal that would
 * overflow starts the next batch; the last, partial batch is kept. A crystal with P larger than the
 * budget therefore forms a batch of its own, the only way a batch exceeds the budget.
 *
 * <p>The plan is made from the P of each crystal alone ({@link FeaturizedDatasetReader#primitiveSiteCounts()}
 * reads them from the file's index), so no record is read to plan. The order is a Fisher–Yates shuffle
 * driven by {@link java.util.Random} with the given seed, whose algorithm is fixed by the Java
 * specification: the same seed and site counts give the same plan on every JVM. For a new order each
 * epoch, use a different seed per epoch, for example {@link #epochSeed(long, int)}.
 */
public final class BatchPlan {

    public static final int DEFAULT_SITE_BUDGET = 1200;

    private final int budget;
    private final long seed;
    private final int crystals;
    private final List<int[]> batches;
    private final int[] batchSites;

    private BatchPlan(int budget, long seed, int crystals, List<int[]> batches, int[] batchSites) {
        this.budget = budget;
        this.seed = seed;
        this.crystals = crystals;
        this.batches = batches;
        this.batchSites = batchSites;
    }

    /** A plan with the default budget of {@value #DEFAULT_SITE_BUDGET} sites. */
    public static BatchPlan of(int[] primitiveSites, long seed) {
        return of(primitiveSites, DEFAULT_SITE_BUDGET, seed);
    }

    /**
     * @param primitiveSites P of each crystal, by crystal index (all ≥ 1)
     * @param budget         most unique primitive sites per batch (≥ 1)
     * @param seed           seed of the order; the same seed gives the same plan
     */
    public static BatchPlan of(int[] primitiveSites, int budget, long seed) {
        return group(shuffledOrder(primitiveSites.length, seed), primitiveSites, budget, seed);
    }

    /** Batches of consecutive crystals in index order under the same budget, to embed or predict a dataset in order. */
    public static BatchPlan inOrder(int[] primitiveSites, int budget) {
        return group(java.util.stream.IntStream.range(0, primitiveSites.length).toArray(), primitiveSites, budget, 0);
    }

    private static BatchPlan group(int[] order, int[] primitiveSites, int budget, long seed) {
        if (budget < 1) {
            throw new IllegalArgumentException("site budget must be at least 1, got " + budget);
        }
        for (int i = 0; i < primitiveSites.length; i++) {
            if (primitiveSites[i] < 1) {
                throw new IllegalArgumentException("crystal " + i + " has " + primitiveSites[i] + " sites");
            }
        }
        List<int[]> batches = new ArrayList<>();
        int[] sums = new int[Math.max(1, primitiveSites.length)];
        int start = 0;
        long sites = 0;
        for (int k = 0; k < order.length; k++) {
            int p = primitiveSites[order[k]];
            if (k > start && sites + p > budget) {
                sums[batches.size()] = (int) sites;
                batches.add(Arrays.copyOfRange(order, start, k));
                start = k;
                sites = 0;
            }
            sites += p;
        }
        if (start < order.length) {
            sums[batches.size()] = (int) sites;
            batches.add(Arrays.copyOfRange(order, start, order.length));
        }
        return new BatchPlan(budget, seed, primitiveSites.length, List.copyOf(batches),
                Arrays.copyOf(sums, batches.size()));
    }

    /** 0, …, n−1 shuffled by Fisher–Yates with {@code new Random(seed)}. */
    public static int[] shuffledOrder(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** A seed for epoch {@code epoch} of a run seeded with {@code runSeed} (a fixed, documented mix). */
    public static long epochSeed(long runSeed, int epoch) {
        long z = runSeed + 0x9E3779B97F4A7C15L * (epoch + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Number of batches. */
    public int size() {
        return batches.size();
    }

    /** Crystal indices of batch {@code b}, in the shuffled order (a copy). */
    public int[] batch(int b) {
        return batches.get(b).clone();
    }

    /** ΣP of batch {@code b}. */
    public int sites(int b) {
        return batchSites[b];
    }

    /** Number of crystals planned (every one is in exactly one batch). */
    public int crystals() {
        return crystals;
    }

    public int budget() {
        return budget;
    }

    public long seed() {
        return seed;
    }

    /**
     * The batches in plan order, each read from {@code reader} and packed only when {@link Iterator#next()}
     * reaches it, so a dataset larger than memory streams through. An {@link IOException} surfaces as an
     * {@link UncheckedIOException}.
     */
    public Iterator<SiteNetBatch> read(FeaturizedDatasetReader reader) {
        if (reader.size() != crystals) {
            throw new IllegalArgumentException("plan is for " + crystals + " crystals, " + reader + " has "
                    + reader.size());
        }
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < batches.size();
            }

            @Override
            public SiteNetBatch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int[] members = batches.get(next++);
                List<SiteNetInput> crystals = new ArrayList<>(members.length);
                try {
                    for (int i : members) {
                        crystals.add(reader.get(i));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return SiteNetBatch.pack(crystals, members);
            }
        };
    }
}
