package org.example.dim.engine.dim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Where a DIM training run stands after an epoch: what a checkpoint keeps besides the model. */
final class TrainingState {
    int epoch;
    final List<HistoryRow> history = new ArrayList<>();
    /** Whether the run has a validation split (early stopping and best epoch need one). */
    boolean validated;
    double best = Double.NaN;
    int bestEpoch;
    int skipped;
    /** The best epoch's parameters, kept only when early stopping may need them back. */
    Map<String, float[]> bestParameters;
}
