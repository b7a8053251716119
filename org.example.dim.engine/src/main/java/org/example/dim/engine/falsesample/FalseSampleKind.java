package org.example.dim.engine.falsesample;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The kinds of false (negative) samples of the paper (reference §3), built inside each batch by
 * {@link InBatchFalseSampler}. Unlike the reference's roll along the flat site axis, every kind here
 * respects crystal boundaries.
 */
public enum FalseSampleKind {
    /**
     * Another crystal's whole environment (species and distances of a site of a different crystal), or, for
     * the global objective, the representation of that other crystal: the classic DIM negative. Always used.
     */
    OTHER_CRYSTAL,
    /**
     * False polymorph: the site's own species and neighbour-species ordering, placed on the distances and mask
     * of a site of another crystal. Tests whether the representation depends on geometry.
     */
    FALSE_POLYMORPH,
    /**
     * False composition: the site's own distances and mask, with every species taken from one other crystal
     * (never a mixture of two). Tests whether the representation depends on chemistry.
     */
    FALSE_COMPOSITION,
    /**
     * False permutation: own distances and mask, own composition, but the species permuted over the crystal's
     * own sites. Tests whether the representation depends on where each species sits. The paper uses it in
     * the global objective only.
     */
    FALSE_PERMUTATION;

    /**
     * Parses a comma list such as {@code "other,polymorph,composition,permutation"}: any case, any subset,
     * blanks ignored; the full names ({@code false_polymorph}, ...) are accepted too. {@link #OTHER_CRYSTAL}
     * is always included, because the unbiased other-crystal term is always part of the objective.
     *
     * @throws IllegalArgumentException naming the first word that is not a kind
     */
    public static Set<FalseSampleKind> parseList(String list) {
        Set<FalseSampleKind> kinds = EnumSet.of(OTHER_CRYSTAL);
        for (String word : list.split(",")) {
            String w = word.strip().toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            kinds.add(switch (w) {
                case "other", "other_crystal" -> OTHER_CRYSTAL;
                case "polymorph", "false_polymorph" -> FALSE_POLYMORPH;
                case "composition", "false_composition" -> FALSE_COMPOSITION;
                case "permutation", "false_permutation" -> FALSE_PERMUTATION;
                default -> throw new IllegalArgumentException("unknown false-sample kind '" + word.strip()
                        + "' (known: other, polymorph, composition, permutation)");
            });
        }
        return kinds;
    }
}
