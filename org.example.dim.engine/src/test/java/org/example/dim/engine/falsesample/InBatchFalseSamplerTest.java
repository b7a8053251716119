package org.example.dim.engine.falsesample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.example.dim.engine.dataset.SiteNetBatch;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.example.dim.engine.sitenet.SiteNetInput;
import org.junit.jupiter.api.Test;

class InBatchFalseSamplerTest {

    private static final Set<FalseSampleKind> ALL = EnumSet.allOf(FalseSampleKind.class);

    /**
     * A: Na Cl, P = 2, images = 2 (Lc = 4); B: Fe, P = 1, images = 3 (Lc = 3); C: Ti O O, P = 3, images = 1
     * (Lc = 3). So B = 6 sites, Lmax = 4, offsets 0 2 3 6.
     */
    static SiteNetBatch threeCrystals() {
        SiteNetInput a = input("A", 2, 2, 11, 17);
        SiteNetInput b = input("B", 1, 3, 26);
        SiteNetInput c = input("C", 3, 1, 22, 8, 8);
        return SiteNetBatch.pack(List.of(a, b, c));
    }

    /** Distances that name their crystal and position (10·Z0 + site + k/10), so rows are recognisable. */
    private static SiteNetInput input(String id, int p, int images, int... z) {
        int lc = p * images;
        float[] d = new float[p * lc];
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < lc; k++) {
                d[i * lc + k] = 10f * z[0] + i + k / 10f;
            }
        }
        float[] f = new float[p * SiteFeatures.COUNT];
        for (int i = 0; i < p; i++) {
            Arrays.fill(f, i * SiteFeatures.COUNT, (i + 1) * SiteFeatures.COUNT, z[i]);
        }
        return new SiteNetInput(id, p, images, z, f, d);
    }

    private static final int[] OFFSETS = {0, 2, 3, 6};
    private static final int[] CRYSTAL_OF = {0, 0, 1, 2, 2, 2};
    private static final int[] LC = {4, 3, 3};
    private static final int L = 4;

    @Test
    void fixtureIsAsWorkedByHand() {
        SiteNetBatch batch = threeCrystals();
        assertEquals(6, batch.sites());
        assertEquals(L, batch.maxEnvironment());
        assertArrayEquals(OFFSETS, batch.crystalOffsets());
        assertArrayEquals(CRYSTAL_OF, batch.crystalOfSite());
        // A: 0 + (k / 2) mod 2; B: 2 always; C: 3 + k mod 3 (k = 3 is padding and wraps to 3).
        assertArrayEquals(new int[] {
            0, 0, 1, 1,
            0, 0, 1, 1,
            2, 2, 2, 2,
            3, 4, 5, 3,
            3, 4, 5, 3,
            3, 4, 5, 3}, batch.neighbourIndex());
        assertArrayEquals(new int[] {11, 17, 26, 22, 8, 8}, batch.atomicNumbers());
    }

    @Test
    void otherSiteIsAlwaysAnotherCrystalAndUniformOverThem() {
        SiteNetBatch batch = threeCrystals();
        InBatchFalseSampler sampler = new InBatchFalseSampler(EnumSet.of(FalseSampleKind.OTHER_CRYSTAL));
        Random random = new Random(7);
        int draws = 6000;
        int[][] counts = new int[6][6];
        for (int n = 0; n < draws; n++) {
            InBatchFalseSamples s = sampler.sample(batch, random);
            for (int i = 0; i < 6; i++) {
                int o = s.otherSite()[i];
                assertNotEquals(CRYSTAL_OF[i], CRYSTAL_OF[o], "site " + i + " drew " + o + " of its own crystal");
                assertEquals(CRYSTAL_OF[o], s.otherCrystal()[i]);
                counts[i][o]++;
            }
        }
        // Site 2 (crystal B) has 5 foreign sites, each expected draws / 5 = 1200 times; site 0 has 4 (1500).
        for (int o : new int[] {0, 1, 3, 4, 5}) {
            assertEquals(1200, counts[2][o], 120, "site 2 -> " + o);
        }
        for (int o : new int[] {2, 3, 4, 5}) {
            assertEquals(1500, counts[0][o], 150, "site 0 -> " + o);
        }
    }

    @Test
    void otherCrystalTakesTheWholeForeignEnvironment() {
        SiteNetBatch batch = threeCrystals();
        int[] nbr = batch.neighbourIndex();
        InBatchFalseSamples s = new InBatchFalseSampler(ALL).sample(batch, new Random(3));
        Environment e = s.environment(FalseSampleKind.OTHER_CRYSTAL);
        assertArrayEquals(s.otherSite(), e.self());
        assertArrayEquals(s.otherSite(), e.rows());
        for (int i = 0; i < 6; i++) {
            for (int k = 0; k < L; k++) {
                assertEquals(nbr[s.otherSite()[i] * L + k], e.neighbour(i, k));
            }
        }
    }

    @Test
    void falsePolymorphKeepsOwnSpeciesOnForeignGeometry() {
        SiteNetBatch batch = threeCrystals();
        int[] z = batch.atomicNumbers();
        for (long seed = 0; seed < 50; seed++) {
            InBatchFalseSamples s = new InBatchFalseSampler(ALL).sample(batch, new Random(seed));
            Environment e = s.environment(FalseSampleKind.FALSE_POLYMORPH);
            assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, e.self());
            assertArrayEquals(s.otherSite(), e.rows());
            assertArrayEquals(batch.neighbourIndex(), e.neighbours());
            for (int i = 0; i < 6; i++) {
                int own = CRYSTAL_OF[i];
                assertNotEquals(own, CRYSTAL_OF[e.rows()[i]]);
                Set<Integer> ownSpecies = speciesOf(z, own);
                // Over the foreign row's real positions (its Lc), every species shown is one of the own crystal's.
                for (int k = 0; k < LC[CRYSTAL_OF[e.rows()[i]]]; k++) {
                    int j = e.neighbour(i, k);
                    assertEquals(own, CRYSTAL_OF[j]);
                    assertTrue(ownSpecies.contains(z[j]));
                }
            }
        }
    }

    @Test
    void falseCompositionKeepsGeometryAndTakesAllSpeciesFromOneOtherCrystal() {
        SiteNetBatch batch = threeCrystals();
        int[] nbr = batch.neighbourIndex();
        Set<String> pairs = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            Environment e = new InBatchFalseSampler(ALL).sample(batch, new Random(seed))
                    .environment(FalseSampleKind.FALSE_COMPOSITION);
            assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, e.rows());
            for (int c = 0; c < 3; c++) {
                int partner = CRYSTAL_OF[e.self()[OFFSETS[c]]];
                assertNotEquals(c, partner);
                pairs.add(c + "->" + partner);
                int size = OFFSETS[partner + 1] - OFFSETS[partner];
                for (int i = OFFSETS[c]; i < OFFSETS[c + 1]; i++) {
                    assertEquals(OFFSETS[partner] + (i - OFFSETS[c]) % size, e.self()[i], "σ(" + i + ")");
                    for (int k = 0; k < L; k++) {
                        assertEquals(partner, CRYSTAL_OF[e.neighbour(i, k)]);
                        assertEquals(e.self()[nbr[i * L + k]], e.neighbour(i, k));
                    }
                }
            }
        }
        // Each crystal meets both of its possible partners.
        assertEquals(Set.of("0->1", "0->2", "1->0", "1->2", "2->0", "2->1"), pairs);
    }

    @Test
    void falseCompositionByHandForCrystalCOnA() {
        // C (sites 3, 4, 5) on A (sites 0, 1, P = 2): σ = 3 -> 0, 4 -> 1, 5 -> 0, so Ti O O shows Na Cl Na.
        SiteNetBatch batch = threeCrystals();
        for (long seed = 0; seed < 50; seed++) {
            Environment e = new InBatchFalseSampler(ALL).sample(batch, new Random(seed))
                    .environment(FalseSampleKind.FALSE_COMPOSITION);
            if (e.self()[3] < 2) {
                assertArrayEquals(new int[] {0, 1, 0}, Arrays.copyOfRange(e.self(), 3, 6));
                // Row of site 3: nbr 3 4 5 3 -> 0 1 0 0.
                assertArrayEquals(new int[] {0, 1, 0, 0}, Arrays.copyOfRange(e.neighbours(), 3 * L, 4 * L));
                return;
            }
        }
        throw new AssertionError("C never drew A as its partner in 50 seeds");
    }

    @Test
    void falsePermutationShufflesSpeciesWithinEachCrystal() {
        SiteNetBatch batch = threeCrystals();
        int[] z = batch.atomicNumbers();
        int[] nbr = batch.neighbourIndex();
        for (long seed = 0; seed < 200; seed++) {
            Environment e = new InBatchFalseSampler(ALL).sample(batch, new Random(seed))
                    .environment(FalseSampleKind.FALSE_PERMUTATION);
            assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, e.rows());
            for (int c = 0; c < 3; c++) {
                int[] own = Arrays.copyOfRange(e.self(), OFFSETS[c], OFFSETS[c + 1]);
                int[] sorted = own.clone();
                Arrays.sort(sorted);
                int[] expected = new int[sorted.length];
                for (int j = 0; j < expected.length; j++) {
                    expected[j] = OFFSETS[c] + j;
                }
                assertArrayEquals(expected, sorted, "self over crystal " + c + " is a permutation of its sites");
                boolean changed = false;
                for (int i = OFFSETS[c]; i < OFFSETS[c + 1]; i++) {
                    changed |= z[e.self()[i]] != z[i];
                    for (int k = 0; k < L; k++) {
                        assertEquals(e.self()[nbr[i * L + k]], e.neighbour(i, k));
                    }
                }
                // A (Na Cl) and C (Ti O O) have two species, so the arrangement must change; B has one site.
                assertEquals(c != 1, changed, "crystal " + c + " seed " + seed);
            }
        }
    }

    @Test
    void unchangedShuffleIsForcedToChangeBySwap() {
        // A Random whose shuffle is the identity (k = j each time) and whose pick is the last candidate.
        Random lazy = new Random() {
            @Override
            public int nextInt(int bound) {
                return bound - 1;
            }
        };
        int[] pi = {0, 1, 2};
        InBatchFalseSampler.permute(pi, 0, 3, new int[] {11, 17, 17}, lazy);
        // Sites holding another species than site 0 (Na): 1 and 2; the last, 2, is swapped with 0.
        assertArrayEquals(new int[] {2, 1, 0}, pi);
    }

    @Test
    void onlyRequestedKindsAreBuiltButOtherCrystalAlwaysIs() {
        SiteNetBatch batch = threeCrystals();
        assertEquals(Set.of(FalseSampleKind.OTHER_CRYSTAL, FalseSampleKind.FALSE_POLYMORPH),
                new InBatchFalseSampler(EnumSet.of(FalseSampleKind.FALSE_POLYMORPH)).sample(batch, new Random(1))
                        .environments().keySet());
        InBatchFalseSamples none = new InBatchFalseSampler(Set.of()).sample(batch, new Random(1));
        assertEquals(Set.of(FalseSampleKind.OTHER_CRYSTAL), none.environments().keySet());
        assertEquals(6, none.otherSite().length);
        assertEquals(List.of(FalseSampleKind.values()),
                List.copyOf(new InBatchFalseSampler(ALL).sample(batch, new Random(1)).environments().keySet()));
    }

    @Test
    void sameSeedGivesIdenticalArrays() {
        SiteNetBatch batch = threeCrystals();
        InBatchFalseSampler sampler = new InBatchFalseSampler(ALL);
        InBatchFalseSamples a = sampler.sample(batch, new Random(42));
        InBatchFalseSamples b = sampler.sample(batch, new Random(42));
        assertArrayEquals(a.otherSite(), b.otherSite());
        assertArrayEquals(a.otherCrystal(), b.otherCrystal());
        for (FalseSampleKind k : FalseSampleKind.values()) {
            assertArrayEquals(a.environment(k).self(), b.environment(k).self(), k.name());
            assertArrayEquals(a.environment(k).neighbours(), b.environment(k).neighbours(), k.name());
            assertArrayEquals(a.environment(k).rows(), b.environment(k).rows(), k.name());
        }
        boolean differs = false;
        for (long seed = 0; seed < 10 && !differs; seed++) {
            differs = !Arrays.equals(a.otherSite(), sampler.sample(batch, new Random(seed)).otherSite());
        }
        assertTrue(differs, "different seeds should give different draws");
    }

    @Test
    void oneCrystalBatchIsRejectedClearly() {
        SiteNetBatch one = SiteNetBatch.pack(List.of(input("solo", 2, 1, 11, 17)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new InBatchFalseSampler(ALL).sample(one, new Random(0)));
        assertTrue(e.getMessage().contains("at least 2 crystals"), e.getMessage());
    }

    @Test
    void parsesKindLists() {
        assertEquals(EnumSet.of(FalseSampleKind.OTHER_CRYSTAL, FalseSampleKind.FALSE_POLYMORPH,
                FalseSampleKind.FALSE_COMPOSITION), FalseSampleKind.parseList(" Other, POLYMORPH ,composition"));
        assertEquals(ALL, FalseSampleKind.parseList("other,polymorph,composition,permutation"));
        assertEquals(EnumSet.of(FalseSampleKind.OTHER_CRYSTAL, FalseSampleKind.FALSE_PERMUTATION),
                FalseSampleKind.parseList("False_Permutation"));
        assertEquals(EnumSet.of(FalseSampleKind.OTHER_CRYSTAL), FalseSampleKind.parseList(""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FalseSampleKind.parseList("other,polymorf"));
        assertTrue(e.getMessage().contains("'polymorf'"), e.getMessage());
    }

    @Test
    void environmentChecksItsShape() {
        assertThrows(IllegalArgumentException.class, () -> new Environment(new int[2], new int[5], new int[2]));
        assertThrows(IllegalArgumentException.class, () -> new Environment(new int[2], new int[4], new int[3]));
        assertEquals(2, new Environment(new int[2], new int[4], new int[2]).maxEnvironment());
    }

    private static Set<Integer> speciesOf(int[] z, int crystal) {
        Set<Integer> s = new HashSet<>();
        for (int i = OFFSETS[crystal]; i < OFFSETS[crystal + 1]; i++) {
            s.add(z[i]);
        }
        return s;
    }
}
