package org.example.dim.engine.crystal;

import java.util.Locale;

/** The seven crystal systems, in the order of the International Tables. */
public enum CrystalSystem {
    TRICLINIC(2), MONOCLINIC(15), ORTHORHOMBIC(74), TETRAGONAL(142), TRIGONAL(167), HEXAGONAL(194), CUBIC(230);

    /** Highest space-group number of the system. */
    private final int lastSpaceGroup;

    CrystalSystem(int lastSpaceGroup) {
        this.lastSpaceGroup = lastSpaceGroup;
    }

    public static CrystalSystem fromSpaceGroupNumber(int number) {
        if (number < 1 || number > 230) {
            throw new IllegalArgumentException("space-group number " + number + " is not in 1..230");
        }
        for (CrystalSystem s : values()) {
            if (number <= s.lastSpaceGroup) {
                return s;
            }
        }
        throw new AssertionError(number);
    }

    /** Lower-case name, as in pymatgen and the International Tables ("cubic"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
