package org.example.dim.engine.sitenet;

import java.util.List;

/**
 * One row of featurisation: what was built from one crystal, or why nothing was.
 *
 * @param source          where the crystal came from
 * @param block           its block name or id
 * @param inputSites      sites of the cell as read (0 when reading failed)
 * @param primitiveSites  sites of the primitive cell (0 when not reached)
 * @param supercell       the supercell, or null when the crystal stopped before it was built
 * @param input           the Site-Net input, or null unless the status is OK
 * @param status          whether it was featurised, left out by a policy, or failed
 * @param warnings        what was assumed on the way (majority species, imputed values, ...)
 * @param error           why the crystal was left out or failed, or null
 */
public record FeaturizedCrystal(String source, String block, int inputSites, int primitiveSites, Supercell supercell,
        SiteNetInput input, Status status, List<String> warnings, String error) {

    /** Outcome of one crystal. */
    public enum Status {
        OK,
        /** Left out by a policy the user chose (primitive cell larger than N, disordered site under SKIP). */
        SKIPPED,
        /** Could not be featurised (unreadable, element without data, overlapping sites, ...). */
        FAILED
    }

    public FeaturizedCrystal {
        warnings = List.copyOf(warnings);
    }

    public boolean ok() {
        return status == Status.OK;
    }
}
