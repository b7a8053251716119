package org.example.dim.engine.cif;

/**
 * Numbers as CIF writes them: {@code 5.4307(2)}, {@code -.5}, {@code 1.2E-3(4)}; the standard
 * uncertainty in parentheses is dropped.
 */
public final class CifNumbers {

    private CifNumbers() {
    }

    /**
     * The number a value holds, without its standard uncertainty.
     *
     * @throws NumberFormatException if the text is not a CIF number; the message quotes it
     */
    public static double parse(String text) {
        int end = text.length();
        int paren = text.indexOf('(');
        if (paren >= 0) {
            if (!text.endsWith(")") || paren == 0 || !digitsOnly(text, paren + 1, end - 1)) {
                throw new NumberFormatException("'" + text + "' is not a number");
            }
            end = paren;
        }
        if (!looksNumeric(text, end)) {
            throw new NumberFormatException("'" + text + "' is not a number");
        }
        double v = Double.parseDouble(end == text.length() ? text : text.substring(0, end));
        if (!Double.isFinite(v)) {
            throw new NumberFormatException("'" + text + "' is not a finite number");
        }
        return v;
    }

    private static boolean digitsOnly(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Only sign, digits, one point and an exponent: rules out Java's "NaN", "Infinity", hex and 'd'/'f' suffixes. */
    private static boolean looksNumeric(String s, int end) {
        boolean digit = false;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '+' && c != '-' && c != '.' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return digit;
    }
}
