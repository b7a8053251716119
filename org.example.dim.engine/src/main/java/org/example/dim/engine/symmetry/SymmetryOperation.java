package org.example.dim.engine.symmetry;

import java.util.Arrays;
import java.util.Locale;

/**
 * A space-group operation in fractional coordinates, {@code x' = R·x + t}, as written in CIF
 * ({@code -x+1/2, y, z+0.25}). The rotation part is integral in every crystallographic setting.
 */
public final class SymmetryOperation {

    /** Translations are compared in units of 1/{@value} of a cell edge (covers 1/2, 1/3, 1/4, 1/6, 1/8). */
    /** Translations are compared on a grid of 1/24 (all crystallographic translations lie on it). */
    static final int TRANSLATION_GRID = 24;

    private final int[][] rotation;
    private final double[] translation;

    private SymmetryOperation(int[][] rotation, double[] translation) {
        this.rotation = rotation;
        this.translation = translation;
    }

    /** The operation {@code x' = rotation·x + translation} (both copied). */
    public static SymmetryOperation of(int[][] rotation, double[] translation) {
        if (Math.abs(Matrix3.determinant(rotation)) != 1) {
            throw new IllegalArgumentException("rotation is not a lattice isometry (det " + Matrix3.determinant(rotation) + ")");
        }
        return new SymmetryOperation(new int[][] {rotation[0].clone(), rotation[1].clone(), rotation[2].clone()},
                translation.clone());
    }

    public static SymmetryOperation identity() {
        return new SymmetryOperation(new int[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, new double[3]);
    }

    /**
     * Parses the CIF form {@code "x,y,z"}: three comma-separated components, each a signed sum of
     * {@code x}, {@code y}, {@code z} (optionally with an integer factor, {@code 2*x}) and constants
     * ({@code 1/2}, {@code 0.25}). Case and blanks do not matter.
     *
     * @throws IllegalArgumentException naming the operation and what is wrong with it
     */
    public static SymmetryOperation parse(String text) {
        String[] parts = text.replace(" ", "").replace("\t", "").toLowerCase(Locale.ROOT).split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("symmetry operation '" + text + "' does not have three components");
        }
        int[][] rot = new int[3][3];
        double[] trans = new double[3];
        for (int row = 0; row < 3; row++) {
            parseComponent(parts[row], text, rot[row], trans, row);
        }
        if (Math.abs(Matrix3.determinant(rot)) != 1) {
            throw new IllegalArgumentException("symmetry operation '" + text + "' is not a lattice isometry (det "
                    + Matrix3.determinant(rot) + ")");
        }
        return new SymmetryOperation(rot, trans);
    }

    private static void parseComponent(String s, String whole, int[] rotRow, double[] trans, int row) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("symmetry operation '" + whole + "' has an empty component");
        }
        int i = 0;
        while (i < s.length()) {
            int sign = 1;
            char c = s.charAt(i);
            if (c == '+' || c == '-') {
                sign = c == '-' ? -1 : 1;
                i++;
            }
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '/')) {
                i++;
            }
            String number = s.substring(start, i);
            if (i < s.length() && s.charAt(i) == '*') {
                i++;
            }
            if (i < s.length() && s.charAt(i) >= 'x' && s.charAt(i) <= 'z') {
                int factor = number.isEmpty() ? 1 : parseInteger(number, whole);
                rotRow[s.charAt(i) - 'x'] += sign * factor;
                i++;
            } else if (!number.isEmpty()) {
                trans[row] += sign * parseConstant(number, whole);
            } else {
                throw new IllegalArgumentException("symmetry operation '" + whole + "': cannot read component '" + s
                        + "'");
            }
        }
    }

    private static int parseInteger(String number, String whole) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("symmetry operation '" + whole + "': '" + number
                    + "' is not an integer factor");
        }
    }

    private static double parseConstant(String number, String whole) {
        try {
            int slash = number.indexOf('/');
            if (slash < 0) {
                return Double.parseDouble(number);
            }
            double den = Double.parseDouble(number.substring(slash + 1));
            if (den == 0) {
                throw new NumberFormatException();
            }
            return Double.parseDouble(number.substring(0, slash)) / den;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("symmetry operation '" + whole + "': '" + number
                    + "' is not a number");
        }
    }

    /** Writes {@code R·f + t} into {@code out} (not wrapped into the cell). */
    public void apply(double[] f, double[] out) {
        double x = f[0];
        double y = f[1];
        double z = f[2];
        for (int r = 0; r < 3; r++) {
            out[r] = rotation[r][0] * x + rotation[r][1] * y + rotation[r][2] * z + translation[r];
        }
    }

    public int[][] rotation() {
        return new int[][] {rotation[0].clone(), rotation[1].clone(), rotation[2].clone()};
    }

    public double[] translation() {
        return translation.clone();
    }

    /**
     * A key equal for operations that differ only by a lattice translation (and by rounding of
     * decimal translations such as 0.3333), used to recognise a listed set of operations.
     */
    String key() {
        StringBuilder sb = new StringBuilder(24);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                sb.append(rotation[r][c]).append(',');
            }
            long t = Math.round(translation[r] * TRANSLATION_GRID);
            sb.append(Math.floorMod(t, TRANSLATION_GRID)).append(';');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SymmetryOperation other && Arrays.deepEquals(rotation, other.rotation)
                && Arrays.equals(translation, other.translation);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(rotation) + Arrays.hashCode(translation);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 3; r++) {
            if (r > 0) {
                sb.append(',');
            }
            int len = sb.length();
            for (int c = 0; c < 3; c++) {
                int v = rotation[r][c];
                if (v != 0) {
                    sb.append(v < 0 ? "-" : sb.length() > len ? "+" : "")
                            .append(Math.abs(v) != 1 ? Math.abs(v) + "*" : "").append((char) ('x' + c));
                }
            }
            if (translation[r] != 0) {
                sb.append(translation[r] > 0 ? "+" : "").append(translation[r]);
            }
        }
        return sb.toString();
    }
}
