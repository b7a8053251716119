package org.example.dim.engine.cif;

/**
 * Tolerances of the structure reader.
 *
 * @param mergeDistance       symmetry images (and listed atoms) closer than this, in Å, are one site
 * @param occupancyTolerance  a site whose occupancies add up to at most 1 + this is accepted (and scaled
 *                            to 1 with a warning); above it the block is an error
 * @param maxSites            blocks that would expand to more sites than this are an error (bounds memory
 *                            on hostile input)
 */
public record CifReadOptions(double mergeDistance, double occupancyTolerance, int maxSites) {

    public static final CifReadOptions DEFAULTS = new CifReadOptions(0.01, 0.05, 200_000);

    public CifReadOptions {
        if (!(mergeDistance >= 0) || !(occupancyTolerance >= 0) || maxSites < 1) {
            throw new IllegalArgumentException("tolerances must be non-negative and maxSites positive");
        }
    }
}
