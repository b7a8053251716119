package org.example.dim.engine.falsesample;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The false samples of one batch of B sites.
 *
 * @param otherSite    for each site i, a uniformly drawn site of a different crystal (length B); the
 *                     unbiased "other crystal" negative, always present
 * @param otherCrystal the crystal of {@code otherSite[i]} (length B)
 * @param environments the rewritten environments: {@link FalseSampleKind#OTHER_CRYSTAL} always, the other
 *                     kinds when requested; iterated in the enum's order
 */
public record InBatchFalseSamples(int[] otherSite, int[] otherCrystal, Map<FalseSampleKind, Environment> environments) {

    public InBatchFalseSamples {
        if (otherSite.length != otherCrystal.length) {
            throw new IllegalArgumentException("otherSite has " + otherSite.length + " entries, otherCrystal "
                    + otherCrystal.length);
        }
        // An EnumMap keeps a fixed iteration order, so consumers that walk the map stay deterministic.
        EnumMap<FalseSampleKind, Environment> copy = new EnumMap<>(FalseSampleKind.class);
        copy.putAll(environments);
        environments = Collections.unmodifiableMap(copy);
    }

    /** The environment of {@code kind}, or {@code null} when that kind was not requested. */
    public Environment environment(FalseSampleKind kind) {
        return environments.get(kind);
    }
}
