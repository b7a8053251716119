package org.example.dim.engine.experiment;

import java.util.Map;
import java.util.Set;
import org.example.dim.engine.sitenet.SiteNetInput;

/**
 * A crystal of an experiment: its Site-Net input, its element-fraction vector (the composition
 * baseline), and its properties: the labels its record came with plus those derived from the structure
 * ({@value #DENSITY}, {@value #VOLUME_PER_ATOM}, {@value #SITES}, and the categorical
 * {@value #CRYSTAL_SYSTEM} and {@value #SPACE_GROUP}). A property it lacks is absent (not 0).
 */
public record LabelledCrystal(String source, String block, SiteNetInput input, double[] composition,
        Map<String, Double> properties) {

    public static final String DENSITY = "density";
    public static final String VOLUME_PER_ATOM = "volume_per_atom";
    public static final String SITES = "n_sites";
    public static final String CRYSTAL_SYSTEM = "crystal_system";
    public static final String SPACE_GROUP = "spacegroup_number";
    /** Properties whose values are categories, one-hot encoded when they augment a representation. */
    public static final Set<String> CATEGORICAL = Set.of(CRYSTAL_SYSTEM, SPACE_GROUP);

    public LabelledCrystal {
        properties = Map.copyOf(properties);
    }

    /** The property's value, or NaN when the crystal lacks it. */
    public double property(String name) {
        Double v = properties.get(name);
        return v == null ? Double.NaN : v;
    }
}
