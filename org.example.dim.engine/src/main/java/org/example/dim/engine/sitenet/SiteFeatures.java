package org.example.dim.engine.sitenet;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.example.dim.engine.chem.Element;

/**
 * The nine Site-Net site features of an element (reference §1.4) and the fixed factors the model
 * multiplies them by.
 *
 * <p>Values are pymatgen 2022.11.7's element data, not matminer's Magpie tables that the reference
 * used. They agree on Z, weight, row and column; ionisation energies, electronegativities and radii
 * differ in the second or third digit for some elements, and pymatgen has radii for some elements
 * where Magpie has none (so fewer crystals are dropped). Density is in g/L (= kg/m³) as Magpie's.
 *
 * <p>Density is Magpie's quantity, g/L at standard conditions. pymatgen gives the density of the solid
 * only, so for the elements that are gases or liquids at standard conditions the density of the gas
 * (0 °C, 101.325 kPa) or liquid (25 °C) is taken from the CRC Handbook of Chemistry and Physics, as
 * Magpie does. (The pymatgen oracle of {@code shared/data/reference} writes 0 for these; after the
 * model's 0.001 scale the difference is below 0.014.)
 *
 * <p>The ninth feature, the oxidation state, is 0 for every site: the reference only decorates
 * disordered structures, so for the ordered data it trains on the feature is constant 0 (§1.4, §6.6).
 * Keeping it constant keeps models comparable with the reference.
 */
public final class SiteFeatures {

    public static final int COUNT = 9;

    public static final List<String> NAMES = List.of("atomic_number", "atomic_weight", "row", "column",
            "first_ionization_energy", "electronegativity", "atomic_radius", "density", "oxidation_state");

    /** Density in g/L of the elements that are not solid at standard conditions (CRC Handbook), by Z. */
    private static final Map<Integer, Double> NON_SOLID_DENSITY = Map.ofEntries(
            Map.entry(1, 0.08988), Map.entry(2, 0.1786), Map.entry(7, 1.2506), Map.entry(8, 1.429),
            Map.entry(9, 1.696), Map.entry(10, 0.9002), Map.entry(17, 3.214), Map.entry(18, 1.784),
            Map.entry(35, 3102.8), Map.entry(36, 3.749), Map.entry(54, 5.894), Map.entry(80, 13534.0),
            Map.entry(86, 9.73));

    /** The reference's {@code Site_Feature_scalers}; the oxidation state is not scaled. */
    private static final float[] SCALES = {0.1f, 0.1f, 1f, 1f, 1f, 10f, 10f, 0.001f, 1f};

    private SiteFeatures() {
    }

    /** What to do with an element for which a feature has no value (He has no electronegativity, ...). */
    public enum MissingValuePolicy {
        /** The crystal is not featurised; its row says which element lacks which property (the default). */
        FAIL,
        /** The mean of the property over the elements of the same group that have it, with a warning. */
        GROUP_MEAN
    }

    /** Thrown when an element lacks a feature value under {@link MissingValuePolicy#FAIL}. */
    public static final class MissingValueException extends Exception {
        public MissingValueException(String message) {
            super(message);
        }
    }

    /** Fixed multiplication factors of the model, in feature order (a copy). */
    public static float[] scales() {
        return SCALES.clone();
    }

    /**
     * Writes the nine raw features of {@code e} into {@code out} at {@code offset}.
     *
     * @param warnings receives a line per imputed value under {@link MissingValuePolicy#GROUP_MEAN}
     */
    public static void write(Element e, MissingValuePolicy policy, List<Element> table, float[] out, int offset,
            List<String> warnings) throws MissingValueException {
        out[offset] = e.z();
        out[offset + 1] = (float) e.mass();
        out[offset + 2] = e.row();
        out[offset + 3] = e.group();
        out[offset + 4] = value(e, 4, Element::firstIonizationEnergy, policy, table, warnings);
        out[offset + 5] = value(e, 5, Element::electronegativity, policy, table, warnings);
        out[offset + 6] = value(e, 6, Element::atomicRadius, policy, table, warnings);
        out[offset + 7] = value(e, 7, SiteFeatures::densityGramsPerLitre, policy, table, warnings);
        out[offset + 8] = 0f;
    }

    /** Density in g/L: the solid's (g/cm³ × 1000), else the gas's or liquid's at standard conditions. */
    static OptionalDouble densityGramsPerLitre(Element e) {
        if (e.density().isPresent()) {
            return OptionalDouble.of(e.density().getAsDouble() * 1000.0);
        }
        Double other = NON_SOLID_DENSITY.get(e.z());
        return other != null ? OptionalDouble.of(other) : OptionalDouble.empty();
    }

    private interface Property {
        OptionalDouble of(Element e);
    }

    private static float value(Element e, int feature, Property p, MissingValuePolicy policy, List<Element> table,
            List<String> warnings) throws MissingValueException {
        OptionalDouble v = p.of(e);
        if (v.isPresent()) {
            return (float) v.getAsDouble();
        }
        if (policy == MissingValuePolicy.FAIL) {
            throw new MissingValueException(e.symbol() + " has no " + NAMES.get(feature).replace('_', ' ')
                    + " in the element data");
        }
        double sum = 0;
        int n = 0;
        for (Element other : table) {
            OptionalDouble o = p.of(other);
            if (other.group() == e.group() && o.isPresent()) {
                sum += o.getAsDouble();
                n++;
            }
        }
        if (n == 0) {
            throw new MissingValueException(e.symbol() + " has no " + NAMES.get(feature).replace('_', ' ')
                    + ", and no element of its group has one");
        }
        float mean = (float) (sum / n);
        warnings.add(e.symbol() + " " + NAMES.get(feature).replace('_', ' ') + " missing: group mean " + mean
                + " used");
        return mean;
    }
}
