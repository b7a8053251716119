package org.example.dim.engine.dim;

/**
 * One line of the training history: the losses of one split after one epoch (epoch 0 is the
 * untrained model).
 */
public record HistoryRow(int epoch, String split, Losses losses) {

    public static final String TRAIN = "train";
    public static final String VALIDATION = "validation";
}
