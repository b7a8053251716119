package org.example.dim.engine.dim;

import java.util.Map;

/** What an optimiser carries from step to step (moments, step count), so that training can resume exactly. */
public record OptimiserState(long steps, Map<String, float[]> moments) {
}
