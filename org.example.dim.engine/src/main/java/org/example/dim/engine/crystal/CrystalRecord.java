package org.example.dim.engine.crystal;

import java.util.List;
import java.util.Optional;

/**
 * One row of a reading: a structure read from one block of a source, with what was noticed on the
 * way, or the reason it could not be read. Nothing is dropped: a block that fails is a record with
 * {@link #error()} set and no structure.
 *
 * @param source           file (or file and line) the block came from
 * @param block            the block's name
 * @param structure        the structure, or null when {@code error} is set
 * @param spaceGroupSymbol Hermann–Mauguin symbol of the space group the source declares or whose
 *                         operations it lists; empty when unknown
 * @param spaceGroupNumber its International Tables number, 0 when unknown
 * @param warnings         what the reader assumed or repaired, for the user to judge
 * @param error            why the block could not be read, or null
 */
public record CrystalRecord(String source, String block, Structure structure, String spaceGroupSymbol,
        int spaceGroupNumber, List<String> warnings, String error) {

    public CrystalRecord {
        warnings = List.copyOf(warnings);
    }

    public static CrystalRecord failed(String source, String block, List<String> warnings, String error) {
        return new CrystalRecord(source, block, null, "", 0, warnings, error);
    }

    public boolean ok() {
        return error == null;
    }

    /** Crystal system of the declared space group, when it is known. */
    public Optional<CrystalSystem> crystalSystem() {
        return spaceGroupNumber >= 1 && spaceGroupNumber <= 230
                ? Optional.of(CrystalSystem.fromSpaceGroupNumber(spaceGroupNumber))
                : Optional.empty();
    }
}
