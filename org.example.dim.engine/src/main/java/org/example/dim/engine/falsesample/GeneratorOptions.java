package org.example.dim.engine.falsesample;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What {@link FalseSampleGenerator} makes.
 *
 * @param kinds              the edits to make; not empty
 * @param perKind            samples per kind and structure, at least 1
 * @param thermalSigma       standard deviation (Å) of each cartesian component of a thermal displacement;
 *                           displacements are truncated at 3σ
 * @param interstitialTrials random fractional points tried when looking for the largest empty space
 */
public record GeneratorOptions(Set<GeneratedKind> kinds, int perKind, double thermalSigma, int interstitialTrials) {

    public static final double DEFAULT_THERMAL_SIGMA = 0.05;
    public static final int DEFAULT_INTERSTITIAL_TRIALS = 200;

    public GeneratorOptions {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("choose at least one kind of generated sample");
        }
        // An ordered, unmodifiable copy: the generator walks the kinds in enum order.
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        if (perKind < 1) {
            throw new IllegalArgumentException("samples per kind must be at least 1, got " + perKind);
        }
        if (!(thermalSigma > 0) || !Double.isFinite(thermalSigma)) {
            throw new IllegalArgumentException("thermal sigma must be a positive number of Å, got " + thermalSigma);
        }
        if (interstitialTrials < 1) {
            throw new IllegalArgumentException("interstitial trials must be at least 1, got " + interstitialTrials);
        }
    }

    /** All kinds, one sample each, σ = 0.05 Å, 200 interstitial trials. */
    public static GeneratorOptions defaults() {
        return new GeneratorOptions(EnumSet.allOf(GeneratedKind.class), 1, DEFAULT_THERMAL_SIGMA,
                DEFAULT_INTERSTITIAL_TRIALS);
    }

    public GeneratorOptions withKinds(Set<GeneratedKind> newKinds) {
        return new GeneratorOptions(newKinds, perKind, thermalSigma, interstitialTrials);
    }

    public GeneratorOptions withPerKind(int n) {
        return new GeneratorOptions(kinds, n, thermalSigma, interstitialTrials);
    }

    public GeneratorOptions withThermalSigma(double sigma) {
        return new GeneratorOptions(kinds, perKind, sigma, interstitialTrials);
    }
}
