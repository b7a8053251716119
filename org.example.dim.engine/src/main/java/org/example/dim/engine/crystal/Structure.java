package org.example.dim.engine.crystal;

import java.util.ArrayList;
import java.util.List;

/** A periodic crystal structure: a lattice and the sites of one cell. Immutable. */
public final class Structure {

    /** g/cm³ per (amu/Å³). */
    private static final double AMU_PER_CUBIC_ANGSTROM_IN_G_PER_CM3 = 1.66053906660;

    private final Lattice lattice;
    private final List<Site> sites;
    private Composition composition;

    public Structure(Lattice lattice, List<Site> sites) {
        this.lattice = lattice;
        this.sites = List.copyOf(sites);
    }

    public Lattice lattice() {
        return lattice;
    }

    public List<Site> sites() {
        return sites;
    }

    public int size() {
        return sites.size();
    }

    /** Occupancy-weighted composition of the cell. */
    public Composition composition() {
        Composition c = composition;
        if (c == null) {
            c = Composition.of(sites);
            composition = c;
        }
        return c;
    }

    /** Density in g/cm³. */
    public double density() {
        return composition().mass() / lattice.volume() * AMU_PER_CUBIC_ANGSTROM_IN_G_PER_CM3;
    }

    public boolean isOrdered() {
        for (Site s : sites) {
            if (!s.isOrdered()) {
                return false;
            }
        }
        return true;
    }

    public int disorderedSiteCount() {
        int n = 0;
        for (Site s : sites) {
            if (!s.isOrdered()) {
                n++;
            }
        }
        return n;
    }

    /**
     * This structure with one element per site, as models need.
     *
     * @throws DisorderedStructureException under {@link DisorderPolicy#SKIP} or {@link DisorderPolicy#ERROR}
     *         when a site is disordered, naming the first such site
     */
    public Structure toOrdered(DisorderPolicy policy) throws DisorderedStructureException {
        if (isOrdered()) {
            return this;
        }
        if (policy != DisorderPolicy.MAJORITY) {
            Site first = sites.stream().filter(s -> !s.isOrdered()).findFirst().orElseThrow();
            throw new DisorderedStructureException(policy, disorderedSiteCount() + " disordered site(s), first "
                    + first.label() + " (" + first.speciesString() + ")");
        }
        List<Site> ordered = new ArrayList<>(sites.size());
        for (Site s : sites) {
            ordered.add(s.isOrdered() ? s : Site.ordered(s.label(), s.majoritySpecies(), s.frac()));
        }
        return new Structure(lattice, ordered);
    }

    @Override
    public String toString() {
        return composition().formula() + " " + lattice + " " + sites.size() + " sites";
    }
}
