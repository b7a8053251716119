package org.example.dim.engine.falsesample;

import java.util.Objects;
import org.example.dim.engine.sitenet.SiteNetInput;

/**
 * A {@link GeneratedSample} featurised for training: its Site-Net input and whether it is an adjunctive
 * true sample (the same material) or a false one.
 */
public record GeneratedInput(SiteNetInput input, boolean trueSample) {

    public GeneratedInput {
        Objects.requireNonNull(input, "input");
    }
}
