package org.example.dim.engine.falsesample;

import java.util.Objects;
import org.example.dim.engine.crystal.Structure;

/**
 * One structure made by {@link FalseSampleGenerator}, kept whole so it can be inspected or written out.
 *
 * @param source      the name of the structure it was made from
 * @param kind        a {@link GeneratedKind#label()}, e.g. {@code "vacancy"}
 * @param description the change in words, e.g. {@code "Na1 -> K"}
 * @param structure   the edited structure
 */
public record GeneratedSample(String source, String kind, String description, Structure structure) {

    public GeneratedSample {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(structure, "structure");
    }

    /** Whether this is an adjunctive true sample (same material) rather than a false one. */
    public boolean isTrueSample() {
        return GeneratedKind.byLabel(kind).map(GeneratedKind::isTrueSample).orElse(false);
    }
}
