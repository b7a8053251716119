package org.example.dim.engine.dim;

import java.util.List;
import org.example.dim.engine.falsesample.FalseSampleKind;

/** Which false-sample kinds each objective uses (the paper has no local permutation). */
final class ObjectiveKinds {

    /** Kinds whose false environments the local objective scores. */
    static final List<FalseSampleKind> LOCAL = List.of(FalseSampleKind.OTHER_CRYSTAL, FalseSampleKind.FALSE_POLYMORPH,
            FalseSampleKind.FALSE_COMPOSITION);
    /** Kinds that the global objective re-encodes as false local environments. */
    static final List<FalseSampleKind> ENGINEERED = List.of(FalseSampleKind.FALSE_COMPOSITION,
            FalseSampleKind.FALSE_POLYMORPH, FalseSampleKind.FALSE_PERMUTATION);

    private ObjectiveKinds() {
    }
}
