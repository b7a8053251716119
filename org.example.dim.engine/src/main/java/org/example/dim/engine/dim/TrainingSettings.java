package org.example.dim.engine.dim;

/**
 * How a DIM model is trained; recorded with the model.
 *
 * @param epochs             passes over the training crystals
 * @param batchSites         most unique primitive sites per batch (1200)
 * @param validationFraction share of crystals held out for validation (0.05, as the reference)
 * @param patience           stop after this many epochs without a better validation loss (0: never)
 * @param seed               seed of everything random: weights, split, batches, false samples, noise
 */
public record TrainingSettings(int epochs, int batchSites, double validationFraction, int patience, long seed) {

    public TrainingSettings {
        if (epochs < 0 || batchSites < 1 || validationFraction < 0 || validationFraction >= 1 || patience < 0) {
            throw new IllegalArgumentException("invalid training settings: " + epochs + " epochs, " + batchSites
                    + " sites per batch, validation " + validationFraction + ", patience " + patience);
        }
    }

    public static TrainingSettings defaults(int epochs, long seed) {
        return new TrainingSettings(epochs, 1200, 0.05, 0, seed);
    }
}
