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
 * Which crystals go together in each training batch (reference §1.6): in a seeded random order,
 * crystals are added while the batch's unique primitive sites stay within the budget (default
 * 1200); the crystal that would overflow starts the next batch; the last partial batch is kept. A
 * crystal larger than the budget is a batch of its own. Planned from the site counts alone.
 */
public final class BatchPlan {

    public static final int DEFAULT_SITE_BUDGET = 1200;

    private final List<int[]> batches;

    private BatchPlan(List<int[]> batches) {
        this.batches = batches;
    }

    /**
     * @param primitiveSites P of each crystal, by index
     * @param budget         most unique sites per batch
     * @param seed           seed of the order; the same seed gives the same plan
     */
    public static BatchPlan of(int[] primitiveSites, int budget, long seed) {
        if (budget < 1) {
            throw new IllegalArgumentException("site budget must be at least 1, got " + budget);
        }
        int[] order = new int[primitiveSites.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        List<int[]> batches = new ArrayList<>();
        int start = 0;
        int sites = 0;
        for (int k = 0; k < order.length; k++) {
            int p = primitiveSites[order[k]];
            if (k > start && sites + p > budget) {
                batches.add(Arrays.copyOfRange(order, start, k));
                start = k;
                sites = 0;
            }
            sites += p;
        }
        if (start < order.length) {
            batches.add(Arrays.copyOfRange(order, start, order.length));
        }
        return new BatchPlan(List.copyOf(batches));
    }

    public int size() {
        return batches.size();
    }

    /** The batches packed one at a time as they are reached, reading the crystals from {@code reader}. */
    public Iterator<SiteNetBatch> read(FeaturizedDatasetReader reader) {
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
                return SiteNetBatch.pack(crystals);
            }
        };
    }

    /** Crystal indices of batch {@code b} (a copy). */
    public int[] batch(int b) {
        return batches.get(b).clone();
    }
}
