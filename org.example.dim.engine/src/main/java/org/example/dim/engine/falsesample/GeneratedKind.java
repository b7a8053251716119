package org.example.dim.engine.falsesample;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The structure edits of {@link FalseSampleGenerator}: physically motivated false samples (a defect or a
 * substitution that makes a different material) and adjunctive true samples (a perturbation that keeps the
 * material's identity).
 */
public enum GeneratedKind {
    /** One site removed: a point vacancy. False sample. */
    VACANCY("vacancy", false),
    /** One site's element replaced by a chemically similar one (same group, neighbouring row). False sample. */
    SIMILAR_SUBSTITUTION("similar-substitution", false),
    /**
     * One site's element replaced by a dissimilar one (another group, Pauling electronegativity differing by
     * more than 1). False sample.
     */
    DISSIMILAR_SUBSTITUTION("dissimilar-substitution", false),
    /** One extra atom of a species already present, placed in the largest empty space. False sample. */
    INTERSTITIAL("interstitial", false),
    /** Every site displaced by a small truncated Gaussian, as thermal motion does. True sample. */
    THERMAL_DISPLACEMENT("thermal-displacement", true);

    private final String label;
    private final boolean trueSample;

    GeneratedKind(String label, boolean trueSample) {
        this.label = label;
        this.trueSample = trueSample;
    }

    /** The name written into {@link GeneratedSample#kind()}, e.g. {@code "similar-substitution"}. */
    public String label() {
        return label;
    }

    /** Whether the edit keeps the material's identity (an adjunctive true sample) rather than changing it. */
    public boolean isTrueSample() {
        return trueSample;
    }

    /** The kind with this {@link #label()}, if any. */
    public static Optional<GeneratedKind> byLabel(String label) {
        for (GeneratedKind k : values()) {
            if (k.label.equals(label)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * Parses a comma list such as {@code "vacancy,similar,dissimilar,interstitial,thermal"}: any case, blanks
     * ignored; the full labels ({@code similar-substitution}, ...) and enum names are accepted too.
     *
     * @throws IllegalArgumentException naming the first word that is not a kind
     */
    public static Set<GeneratedKind> parseList(String list) {
        Set<GeneratedKind> kinds = EnumSet.noneOf(GeneratedKind.class);
        for (String word : list.split(",")) {
            String w = word.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            if (w.isEmpty()) {
                continue;
            }
            kinds.add(switch (w) {
                case "vacancy" -> VACANCY;
                case "similar", "similar-substitution" -> SIMILAR_SUBSTITUTION;
                case "dissimilar", "dissimilar-substitution" -> DISSIMILAR_SUBSTITUTION;
                case "interstitial" -> INTERSTITIAL;
                case "thermal", "thermal-displacement" -> THERMAL_DISPLACEMENT;
                default -> throw new IllegalArgumentException("unknown generated-sample kind '" + word.strip()
                        + "' (known: vacancy, similar, dissimilar, interstitial, thermal)");
            });
        }
        return kinds;
    }
}
