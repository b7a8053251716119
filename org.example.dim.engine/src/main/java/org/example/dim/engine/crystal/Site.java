package org.example.dim.engine.crystal;

import java.util.Arrays;
import java.util.StringJoiner;
import org.example.dim.engine.chem.Element;

/**
 * One crystallographic site: fractional coordinates and the species on it with their occupancies.
 * An ordered site holds one species with occupancy 1; a disordered site holds several species, or
 * a total occupancy below 1 (vacancies). Immutable.
 */
public final class Site {

    /** Occupancies closer to 1 than this count as full. */
    public static final double OCCUPANCY_TOLERANCE = 1e-6;

    private final String label;
    private final Element[] species;
    private final double[] occupancies;
    private final double[] frac;

    /**
     * @param label       the site's label in its source (for messages), may be empty
     * @param species     distinct elements on the site
     * @param occupancies occupancy of each element, in (0, 1]
     * @param frac        fractional coordinates
     */
    public Site(String label, Element[] species, double[] occupancies, double[] frac) {
        if (species.length == 0 || species.length != occupancies.length) {
            throw new IllegalArgumentException("site " + label + " needs one occupancy per species");
        }
        this.label = label;
        this.species = species.clone();
        this.occupancies = occupancies.clone();
        this.frac = frac.clone();
    }

    /** An ordered site fully occupied by one element. */
    public static Site ordered(String label, Element element, double[] frac) {
        return new Site(label, new Element[] {element}, new double[] {1.0}, frac);
    }

    /** The same site (label, species, occupancies) at other fractional coordinates. */
    public Site movedTo(double[] newFrac) {
        return new Site(label, species, occupancies, newFrac);
    }

    public String label() {
        return label;
    }

    public int speciesCount() {
        return species.length;
    }

    public Element species(int i) {
        return species[i];
    }

    public double occupancy(int i) {
        return occupancies[i];
    }

    public double[] frac() {
        return frac.clone();
    }

    public double frac(int axis) {
        return frac[axis];
    }

    public double totalOccupancy() {
        double t = 0;
        for (double o : occupancies) {
            t += o;
        }
        return t;
    }

    public boolean isOrdered() {
        return species.length == 1 && Math.abs(occupancies[0] - 1.0) <= OCCUPANCY_TOLERANCE;
    }

    /** The single element of an ordered site. */
    public Element element() {
        if (!isOrdered()) {
            throw new IllegalStateException("site " + label + " is disordered: " + speciesString());
        }
        return species[0];
    }

    /** The species with the largest occupancy; ties go to the lower atomic number, for determinism. */
    public Element majoritySpecies() {
        int best = 0;
        for (int i = 1; i < species.length; i++) {
            if (occupancies[i] > occupancies[best]
                    || (occupancies[i] == occupancies[best] && species[i].z() < species[best].z())) {
                best = i;
            }
        }
        return species[best];
    }

    /** Species and occupancies as {@code Fe:0.5,Co:0.5}. */
    public String speciesString() {
        StringJoiner j = new StringJoiner(",");
        for (int i = 0; i < species.length; i++) {
            j.add(species[i].symbol() + ":" + Formats.amount(occupancies[i]));
        }
        return j.toString();
    }

    @Override
    public String toString() {
        return label + " " + speciesString() + " " + Arrays.toString(frac);
    }
}
