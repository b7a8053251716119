package org.example.dim.engine.dim;

/**
 * How a {@link SiteNetRegressor} is fine-tuned on labels; recorded with the results.
 *
 * @param epochs             most passes over the labelled training crystals
 * @param batchSites         most unique primitive sites per batch (the reference: 400 for 50 labels, 1200 above)
 * @param validationFraction share of the labelled crystals held out to choose the best epoch (0.05, as the reference;
 *                           0 when validation crystals are given apart)
 * @param patience           stop after this many epochs without a lower validation MAE (0: never)
 * @param seed               seed of the split and the batch order (the weights take the regressor's own seed)
 */
public record FineTuneSettings(int epochs, int batchSites, double validationFraction, int patience, long seed) {

    public FineTuneSettings {
        if (epochs < 1 || batchSites < 1 || validationFraction < 0 || validationFraction >= 1 || patience < 0) {
            throw new IllegalArgumentException("invalid fine-tuning settings: " + epochs + " epochs, " + batchSites
                    + " sites per batch, validation " + validationFraction + ", patience " + patience);
        }
    }
}
