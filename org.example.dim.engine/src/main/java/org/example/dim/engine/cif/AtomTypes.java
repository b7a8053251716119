package org.example.dim.engine.cif;

import java.util.Map;
import java.util.Optional;
import org.example.dim.engine.chem.Element;
import org.example.dim.engine.chem.PeriodicTable;

/**
 * Resolves the element of an atom site from its type symbol ({@code Fe2+}, {@code O2-}, {@code CL})
 * or, when none is given, from its label ({@code O1}, {@code Fe2A}, {@code Wat}).
 */
final class AtomTypes {

    /** Names for the atoms of water met in CIFs (any case). */
    private static final Map<String, String> WATER = Map.of("wat", "O", "ow", "O", "hw", "H");

    private AtomTypes() {
    }

    /**
     * The element named by {@code text}, a type symbol when {@code isTypeSymbol}, else a label.
     * Empty when no element can be read from it.
     */
    static Optional<Element> resolve(String text, boolean isTypeSymbol) {
        int letters = 0;
        while (letters < text.length() && Character.isLetter(text.charAt(letters))) {
            letters++;
        }
        if (letters == 0) {
            return Optional.empty();
        }
        String word = text.substring(0, letters);
        String water = WATER.get(word.toLowerCase(java.util.Locale.ROOT));
        if (water != null) {
            return PeriodicTable.bySymbol(water);
        }
        if (isHydrogenIsotope(word)) {
            return PeriodicTable.bySymbol("H");
        }
        if (letters >= 2) {
            char second = word.charAt(1);
            // "Fe1", "Cl1-": a lower-case second letter belongs to the symbol. "CL", "SI" in a type
            // symbol are upper-case two-letter symbols; in a label, "CA1" or "HB2" usually mean C or H.
            if (Character.isLowerCase(second) || isTypeSymbol) {
                Optional<Element> two = PeriodicTable.parseSymbolLenient(word.substring(0, 2));
                if (two.isPresent()) {
                    return two;
                }
            }
        }
        Optional<Element> one = PeriodicTable.parseSymbolLenient(word.substring(0, 1));
        if (one.isPresent()) {
            return one;
        }
        return letters >= 2 ? PeriodicTable.parseSymbolLenient(word.substring(0, 2)) : Optional.empty();
    }

    /** Whether the name is a hydrogen isotope (D, T) that is read as H. */
    static boolean isHydrogenIsotope(String text) {
        int letters = 0;
        while (letters < text.length() && Character.isLetter(text.charAt(letters))) {
            letters++;
        }
        return letters == 1 && (text.charAt(0) == 'D' || text.charAt(0) == 'T');
    }
}
