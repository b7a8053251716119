package org.example.dim.engine.falsesample;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.example.dim.engine.dataset.SiteNetBatch;

/**
 * Builds the paper's in-batch false samples (reference §3) exactly and per crystal. The reference rolls the
 * flat site axis by ⌊B/2⌋ (its §6 bug 2), so a "foreign" site can belong to the same crystal, a false
 * composition can mix two crystals, and its permutation is shared by the batch and wraps over padding.
 * Here:
 * <ul>
 * <li>{@code otherSite[i]} is uniform over the sites of all <em>other</em> crystals;</li>
 * <li>{@link FalseSampleKind#OTHER_CRYSTAL}: site, neighbour species and geometry of {@code otherSite[i]};</li>
 * <li>{@link FalseSampleKind#FALSE_POLYMORPH}: own site and neighbour species, geometry (distances and mask)
 *     of {@code otherSite[i]}, so the foreign mask goes with the foreign distances (fixes §6 bug 1);</li>
 * <li>{@link FalseSampleKind#FALSE_COMPOSITION}: per crystal c one other crystal c' drawn at random, and own
 *     site j relabelled σ(j) = start_c' + ((j − start_c) mod P_c'); own geometry;</li>
 * <li>{@link FalseSampleKind#FALSE_PERMUTATION}: per crystal a random permutation π_c of its own sites,
 *     applied to the site itself and to every neighbour; own geometry. When the crystal has two or more
 *     species π_c always changes the species arrangement. A one-species crystal has no other arrangement,
 *     so its false permutation shows the same species as the true environment.</li>
 * </ul>
 * {@code OTHER_CRYSTAL} is always built; the other kinds only when requested. The result depends only on
 * the batch, the requested kinds and the state of the {@link Random}.
 */
public final class InBatchFalseSampler {

    /** Shuffles tried before forcing a change of arrangement by one swap. */
    private static final int PERMUTATION_REDRAWS = 3;

    private final EnumSet<FalseSampleKind> kinds;

    public InBatchFalseSampler(Set<FalseSampleKind> kinds) {
        this.kinds = kinds.isEmpty() ? EnumSet.noneOf(FalseSampleKind.class) : EnumSet.copyOf(kinds);
    }

    /** The requested kinds (a copy). */
    public Set<FalseSampleKind> kinds() {
        return EnumSet.copyOf(kinds);
    }

    /**
     * @throws IllegalArgumentException if the batch holds fewer than 2 crystals (no site has a foreign partner)
     */
    public InBatchFalseSamples sample(SiteNetBatch batch, Random random) {
        int crystals = batch.crystals();
        if (crystals < 2) {
            throw new IllegalArgumentException("in-batch false samples need at least 2 crystals in a batch, got "
                    + crystals + " (" + String.join(", ", batch.ids()) + ")");
        }
        int b = batch.sites();
        int l = batch.maxEnvironment();
        int[] offsets = batch.crystalOffsets();
        int[] crystalOf = batch.crystalOfSite();
        int[] nbr = batch.neighbourIndex();
        int[] identity = identity(b);

        int[] otherSite = otherSites(offsets, crystalOf, random);
        int[] otherCrystal = new int[b];
        int[] otherRows = new int[b * l];
        for (int i = 0; i < b; i++) {
            otherCrystal[i] = crystalOf[otherSite[i]];
            System.arraycopy(nbr, otherSite[i] * l, otherRows, i * l, l);
        }
        Map<FalseSampleKind, Environment> env = new EnumMap<>(FalseSampleKind.class);
        env.put(FalseSampleKind.OTHER_CRYSTAL, new Environment(otherSite.clone(), otherRows, otherSite.clone()));
        if (kinds.contains(FalseSampleKind.FALSE_POLYMORPH)) {
            env.put(FalseSampleKind.FALSE_POLYMORPH, new Environment(identity.clone(), nbr.clone(), otherSite.clone()));
        }
        if (kinds.contains(FalseSampleKind.FALSE_COMPOSITION)) {
            env.put(FalseSampleKind.FALSE_COMPOSITION, relabelled(compositionMap(offsets, random), nbr, identity));
        }
        if (kinds.contains(FalseSampleKind.FALSE_PERMUTATION)) {
            int[] pi = identity.clone();
            int[] z = batch.atomicNumbers();
            for (int c = 0; c < crystals; c++) {
                permute(pi, offsets[c], offsets[c + 1], z, random);
            }
            env.put(FalseSampleKind.FALSE_PERMUTATION, relabelled(pi, nbr, identity));
        }
        return new InBatchFalseSamples(otherSite, otherCrystal, env);
    }

    private static int[] identity(int n) {
        int[] id = new int[n];
        for (int i = 0; i < n; i++) {
            id[i] = i;
        }
        return id;
    }

    /** For each site, a site drawn uniformly from the sites outside its own crystal. */
    private static int[] otherSites(int[] offsets, int[] crystalOf, Random random) {
        int b = crystalOf.length;
        int[] other = new int[b];
        for (int i = 0; i < b; i++) {
            int own = crystalOf[i];
            int ownStart = offsets[own];
            int ownSize = offsets[own + 1] - ownStart;
            // Draw among the b − P_own foreign sites, then skip over the own crystal's block.
            int k = random.nextInt(b - ownSize);
            other[i] = k < ownStart ? k : k + ownSize;
        }
        return other;
    }

    /** σ for the false composition: each crystal's sites cycle through the sites of one other crystal. */
    private static int[] compositionMap(int[] offsets, Random random) {
        int crystals = offsets.length - 1;
        int[] sigma = new int[offsets[crystals]];
        for (int c = 0; c < crystals; c++) {
            int other = random.nextInt(crystals - 1);
            other = other < c ? other : other + 1;
            int size = offsets[other + 1] - offsets[other];
            for (int j = offsets[c]; j < offsets[c + 1]; j++) {
                sigma[j] = offsets[other] + (j - offsets[c]) % size;
            }
        }
        return sigma;
    }

    /** Species moved by {@code map} (site j shows the species of map[j]), on the site and its neighbours. */
    private static Environment relabelled(int[] map, int[] nbr, int[] identity) {
        int[] neighbours = new int[nbr.length];
        for (int k = 0; k < nbr.length; k++) {
            neighbours[k] = map[nbr[k]];
        }
        return new Environment(map.clone(), neighbours, identity.clone());
    }

    /**
     * Shuffles {@code pi[from, to)} (Fisher–Yates). When the crystal has two or more species, a shuffle that
     * leaves every site's species unchanged would be a true sample labelled false, so it redraws a few
     * times and then forces a change with one swap between sites of different species.
     */
    static void permute(int[] pi, int from, int to, int[] z, Random random) {
        if (to - from < 2) {
            return;
        }
        boolean severalSpecies = false;
        for (int j = from + 1; j < to && !severalSpecies; j++) {
            severalSpecies = z[j] != z[from];
        }
        for (int attempt = 0; attempt < PERMUTATION_REDRAWS; attempt++) {
            shuffle(pi, from, to, random);
            if (!severalSpecies || changesSpecies(pi, from, to, z)) {
                return;
            }
        }
        // Still the same arrangement: swap position `from` with a random position holding another species.
        int count = 0;
        for (int j = from; j < to; j++) {
            if (z[pi[j]] != z[pi[from]]) {
                count++;
            }
        }
        int pick = random.nextInt(count);
        for (int j = from; j < to; j++) {
            if (z[pi[j]] != z[pi[from]] && pick-- == 0) {
                int t = pi[j];
                pi[j] = pi[from];
                pi[from] = t;
                return;
            }
        }
    }

    private static void shuffle(int[] pi, int from, int to, Random random) {
        for (int j = to - 1; j > from; j--) {
            int k = from + random.nextInt(j - from + 1);
            int t = pi[j];
            pi[j] = pi[k];
            pi[k] = t;
        }
    }

    private static boolean changesSpecies(int[] pi, int from, int to, int[] z) {
        for (int j = from; j < to; j++) {
            if (z[pi[j]] != z[j]) {
                return true;
            }
        }
        return false;
    }
}
