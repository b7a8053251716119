package org.example.dim.engine.falsesample;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.example.dim.engine.chem.Element;
import org.example.dim.engine.chem.PeriodicTable;

/**
 * Which elements may replace an element in a generated substitution. Replacements are drawn from the
 * elements common in real crystal structures, those with a stable or very long-lived isotope: H to Bi
 * (Z ≤ 83) without Tc and Pm, plus Th and U. So no sample contains At, Fr or a superheavy element.
 */
public final class Substitutions {

    /** Heaviest element used as a replacement (U). */
    public static final int MAX_Z = 92;
    /** Smallest Pauling electronegativity difference for a dissimilar replacement. */
    public static final double DISSIMILAR_ELECTRONEGATIVITY = 1.0;

    private Substitutions() {
    }

    /** Whether {@code e} may be used as a replacement (see the class comment). */
    public static boolean isReplacement(Element e) {
        int z = e.z();
        return (z <= 83 && z != 43 && z != 61) || z == 90 || z == 92;
    }

    /**
     * Chemically similar replacements: the same group, one row up or down (Na → Li or K, O → S). With the
     * engine's convention the lanthanides and actinides are group 3, so La's neighbours are Y, Th and U.
     * Sorted by atomic number; empty when no neighbour is usable (Og: Rn is not used).
     */
    public static List<Element> similar(Element e) {
        List<Element> out = new ArrayList<>();
        for (Element c : PeriodicTable.all()) {
            if (isReplacement(c) && c.group() == e.group() && Math.abs(c.row() - e.row()) == 1) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Chemically dissimilar replacements: another group and a Pauling electronegativity differing by more
     * than {@value #DISSIMILAR_ELECTRONEGATIVITY} (Na 0.93 → O 3.44). Noble gases are not used as
     * replacements, since they form almost no compounds. Sorted by atomic number; empty when {@code e} has no
     * electronegativity (He, Ne, Ar).
     */
    public static List<Element> dissimilar(Element e) {
        List<Element> out = new ArrayList<>();
        OptionalDouble en = e.electronegativity();
        if (en.isEmpty()) {
            return out;
        }
        for (Element c : PeriodicTable.all()) {
            if (isReplacement(c) && c.group() != e.group() && c.group() != 18 && c.electronegativity().isPresent()
                    && Math.abs(c.electronegativity().getAsDouble() - en.getAsDouble()) > DISSIMILAR_ELECTRONEGATIVITY) {
                out.add(c);
            }
        }
        return out;
    }
}
