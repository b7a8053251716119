package org.example.dim.engine.crystal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.example.dim.engine.chem.Element;
import org.example.dim.engine.chem.PeriodicTable;

/**
 * Amounts of elements (atoms per cell, possibly fractional for partial occupancy). Immutable.
 *
 * <p>Formulas list elements by increasing Pauling electronegativity, then symbol, as pymatgen does,
 * so that {@code SrTiO3} reads as chemists expect; elements without an electronegativity go last.
 */
public final class Composition {

    /** Amounts within this of an integer count as that integer when reducing formulas. */
    public static final double AMOUNT_TOLERANCE = 1e-6;

    private static final Comparator<Element> FORMULA_ORDER = Comparator
            .<Element>comparingDouble(e -> e.electronegativity().orElse(Double.POSITIVE_INFINITY))
            .thenComparing(Element::symbol);

    private final Map<Element, Double> amounts;

    private Composition(Map<Element, Double> amounts) {
        List<Element> order = new ArrayList<>(amounts.keySet());
        order.sort(FORMULA_ORDER);
        Map<Element, Double> sorted = new LinkedHashMap<>();
        for (Element e : order) {
            double a = amounts.get(e);
            if (a > 0) {
                sorted.put(e, a);
            }
        }
        this.amounts = Collections.unmodifiableMap(sorted);
    }

    public static Composition of(Map<Element, Double> amounts) {
        return new Composition(amounts);
    }

    /** Composition of a structure: the occupancy-weighted count of each element over its sites. */
    public static Composition of(List<Site> sites) {
        Map<Element, Double> m = new LinkedHashMap<>();
        for (Site s : sites) {
            for (int i = 0; i < s.speciesCount(); i++) {
                m.merge(s.species(i), s.occupancy(i), Double::sum);
            }
        }
        return new Composition(m);
    }

    /**
     * Parses a formula such as {@code Fe2O3}, {@code Sr1 Ti1 O3}, {@code AlP2H17C5(NO4)2} or
     * {@code C288.5 H3}: element symbols with optional amounts, nested parentheses with multipliers.
     *
     * @throws IllegalArgumentException naming the position of the first unreadable character
     */
    public static Composition parse(String formula) {
        Map<Element, Double> m = new LinkedHashMap<>();
        int end = new FormulaParser(formula).parseGroup(1.0, m);
        if (end != formula.length()) {
            throw new IllegalArgumentException("unbalanced ')' at position " + end + " in formula '" + formula + "'");
        }
        return new Composition(m);
    }

    public Map<Element, Double> amounts() {
        return amounts;
    }

    public double amount(Element e) {
        return amounts.getOrDefault(e, 0.0);
    }

    /** Total number of atoms (sum of amounts). */
    public double totalAtoms() {
        double t = 0;
        for (double a : amounts.values()) {
            t += a;
        }
        return t;
    }

    /** Total mass in atomic mass units. */
    public double mass() {
        double t = 0;
        for (Map.Entry<Element, Double> e : amounts.entrySet()) {
            t += e.getKey().mass() * e.getValue();
        }
        return t;
    }

    /** Full formula with spaces and all amounts, e.g. {@code Sr1 Ti1 O3}. */
    public String formula() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Element, Double> e : amounts.entrySet()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(e.getKey().symbol()).append(Formats.amount(e.getValue()));
        }
        return sb.toString();
    }

    /** The factor by which {@link #reduced()} divides the amounts: their greatest common divisor when all are integers, else 1. */
    public long reductionFactor() {
        long g = 0;
        for (double a : amounts.values()) {
            double r = Math.rint(a);
            if (Math.abs(a - r) > AMOUNT_TOLERANCE || r < 1) {
                return 1;
            }
            g = gcd(g, (long) r);
        }
        return Math.max(g, 1);
    }

    public Composition reduced() {
        long f = reductionFactor();
        Map<Element, Double> m = new LinkedHashMap<>();
        amounts.forEach((e, a) -> m.put(e, a / f));
        return new Composition(m);
    }

    /** Reduced formula without spaces and without amounts of 1, e.g. {@code SrTiO3}. */
    public String reducedFormula() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Element, Double> e : reduced().amounts.entrySet()) {
            sb.append(e.getKey().symbol());
            String amount = Formats.amount(e.getValue());
            if (!amount.equals("1")) {
                sb.append(amount);
            }
        }
        return sb.toString();
    }

    /** Whether both hold the same elements with amounts equal within {@code tolerance}. */
    public boolean almostEquals(Composition other, double tolerance) {
        if (!amounts.keySet().equals(other.amounts.keySet())) {
            return false;
        }
        for (Map.Entry<Element, Double> e : amounts.entrySet()) {
            if (Math.abs(e.getValue() - other.amount(e.getKey())) > tolerance) {
                return false;
            }
        }
        return true;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Composition c && amounts.equals(c.amounts);
    }

    @Override
    public int hashCode() {
        return amounts.hashCode();
    }

    @Override
    public String toString() {
        return formula();
    }

    /** Recursive-descent reader for {@link #parse(String)}. */
    private static final class FormulaParser {
        private final String s;
        private int pos;

        FormulaParser(String s) {
            this.s = s;
        }

        /** Reads elements and groups until ')' or the end, adding {@code multiplier ×} amounts into {@code out}. */
        int parseGroup(double multiplier, Map<Element, Double> out) {
            while (pos < s.length()) {
                char ch = s.charAt(pos);
                if (ch == ' ') {
                    pos++;
                } else if (ch == '(') {
                    pos++;
                    Map<Element, Double> inner = new LinkedHashMap<>();
                    parseGroup(1.0, inner);
                    if (pos >= s.length() || s.charAt(pos) != ')') {
                        throw error("missing ')'");
                    }
                    pos++;
                    double k = number();
                    inner.forEach((e, a) -> out.merge(e, a * k * multiplier, Double::sum));
                } else if (ch == ')') {
                    return pos;
                } else if (Character.isUpperCase(ch)) {
                    int start = pos++;
                    while (pos < s.length() && Character.isLowerCase(s.charAt(pos))) {
                        pos++;
                    }
                    String symbol = s.substring(start, pos);
                    Optional<Element> e = PeriodicTable.bySymbol(symbol);
                    if (e.isEmpty()) {
                        pos = start;
                        throw error("unknown element '" + symbol + "'");
                    }
                    out.merge(e.get(), number() * multiplier, Double::sum);
                } else {
                    throw error("unexpected character '" + ch + "'");
                }
            }
            return pos;
        }

        private double number() {
            int start = pos;
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                pos++;
            }
            return start == pos ? 1.0 : Double.parseDouble(s.substring(start, pos));
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at position " + pos + " in formula '" + s + "'");
        }
    }
}
