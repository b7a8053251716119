package org.example.dim.engine.cif;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.example.dim.engine.chem.Element;
import org.example.dim.engine.chem.PeriodicTable;

/**
 * Resolves the element of an atom site from its type symbol ({@code Fe2+}, {@code O2-}, {@code CL})
 * or, when none is given, from its label ({@code O1}, {@code Fe2A}, {@code Wat}, {@code Dw}).
 *
 * <p>Upper-case labels are ambiguous: {@code CO1} is cobalt in a carbonyl cluster and {@code HO1}
 * is the hydrogen on O1 in an organic compound. The elements of the block's
 * {@code _chemical_formula_sum}, when given, decide; without it a two-letter upper-case label is
 * read by its first letter, as crystallographers label organic atoms.
 */
final class AtomTypes {

    /** Names for the atoms of water met in CIFs (any case); labels starting with "Wat" are water oxygens. */
    private static final Map<String, String> WATER = Map.of("wat", "O", "ow", "O", "hw", "H");

    private static final Pattern FORMULA_SYMBOL = Pattern.compile("([A-Z][a-z]?)");

    private AtomTypes() {
    }

    /** The elements named in a {@code _chemical_formula_sum} such as {@code 'C10 H20 Cl N O3'}; empty if none. */
    static Set<Element> formulaElements(String formulaSum) {
        Set<Element> elements = new LinkedHashSet<>();
        if (formulaSum != null) {
            Matcher m = FORMULA_SYMBOL.matcher(formulaSum);
            while (m.find()) {
                PeriodicTable.bySymbol(m.group(1)).ifPresent(elements::add);
            }
        }
        return elements;
    }

    /**
     * The element named by {@code text}, a type symbol when {@code isTypeSymbol}, else a label;
     * {@code declared} (possibly empty) are the elements of the block's formula. Empty when no
     * element can be read.
     */
    static Optional<Element> resolve(String text, boolean isTypeSymbol, Set<Element> declared) {
        String word = leadingLetters(text);
        if (word.isEmpty()) {
            return Optional.empty();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String water = WATER.get(lower);
        if (water == null && !isTypeSymbol && lower.startsWith("wat")) {
            water = "O";
        }
        if (water != null) {
            return PeriodicTable.bySymbol(water);
        }
        Optional<Element> two = word.length() >= 2 ? PeriodicTable.parseSymbolLenient(word.substring(0, 2))
                : Optional.empty();
        Optional<Element> one = isHydrogenIsotope(word.substring(0, 1)) ? PeriodicTable.bySymbol("H")
                : PeriodicTable.parseSymbolLenient(word.substring(0, 1));
        if (isTypeSymbol || Character.isLowerCase(word.length() >= 2 ? word.charAt(1) : 'A')) {
            // "Fe1", "Cl1-", and type symbols ("CL", "SI"): a second letter belongs to the symbol when it can.
            return two.isPresent() ? two : one;
        }
        // An upper-case label ("CA1", "HB2", "CO1"): a two-letter element the formula declares wins (a
        // metal label matching the formula is likelier than a coincidence); else the first letter.
        if (two.isPresent() && declared.contains(two.get())) {
            return two;
        }
        return one.isPresent() ? one : two;
    }

    private static String leadingLetters(String text) {
        int letters = 0;
        while (letters < text.length() && Character.isLetter(text.charAt(letters))) {
            letters++;
        }
        return text.substring(0, letters);
    }

    /** Whether the name begins with a hydrogen isotope (D, T) not part of an element symbol ("Dw", "D1"). */
    static boolean isHydrogenIsotope(String text) {
        String word = leadingLetters(text);
        if (word.isEmpty() || (word.charAt(0) != 'D' && word.charAt(0) != 'T')) {
            return false;
        }
        return word.length() == 1 || PeriodicTable.parseSymbolLenient(word.substring(0, 2)).isEmpty();
    }
}
