package org.example.dim.engine.chem;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One chemical element and the elemental properties the engine uses as site features.
 *
 * <p>Values come from pymatgen 2022.11.7's periodic table (see {@link PeriodicTable#dataVersion()}),
 * converted by {@code tools/make_elements_csv.py}. Missing values are explicit: an empty
 * {@link OptionalDouble} (or an empty oxidation-state list), never 0.
 *
 * <p>{@code row} is the period (1–7) and {@code group} the IUPAC group (1–18), both derived from Z:
 * H is group 1 and He group 18; the lanthanides La–Lu (Z 57–71) are row 6 group 3 and the actinides
 * Ac–Lr (Z 89–103) row 7 group 3. This matches the Site-Net DIM reference featuriser (matminer
 * MagpieData {@code Row}/{@code Column}, rare earths in column 3).
 *
 * <p>Equality and hash code depend on the atomic number only.
 *
 * @param symbol canonical symbol, e.g. {@code "Fe"}
 * @param z atomic number (1–118)
 * @param mass standard atomic mass in amu
 * @param row period, 1–7
 * @param group group, 1–18
 * @param firstIonizationEnergy first ionisation energy in eV
 * @param electronegativity Pauling electronegativity
 * @param atomicRadius atomic radius in Å
 * @param density density of the solid in g/cm³
 * @param commonOxidationStates common oxidation states, possibly empty; unmodifiable
 */
public record Element(
        String symbol,
        int z,
        double mass,
        int row,
        int group,
        OptionalDouble firstIonizationEnergy,
        OptionalDouble electronegativity,
        OptionalDouble atomicRadius,
        OptionalDouble density,
        List<Integer> commonOxidationStates) {

    /** Validates the components and makes the oxidation-state list unmodifiable. */
    public Element {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(firstIonizationEnergy, "firstIonizationEnergy");
        Objects.requireNonNull(electronegativity, "electronegativity");
        Objects.requireNonNull(atomicRadius, "atomicRadius");
        Objects.requireNonNull(density, "density");
        commonOxidationStates = List.copyOf(commonOxidationStates);
        if (z < 1) {
            throw new IllegalArgumentException("z must be positive: " + z);
        }
        if (row < 1 || row > 7 || group < 1 || group > 18) {
            throw new IllegalArgumentException("bad row/group for " + symbol + ": " + row + "/" + group);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Element other && other.z == z;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(z);
    }

    @Override
    public String toString() {
        return symbol + "(Z=" + z + ")";
    }
}
