package org.example.dim.engine.crystal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting shared by formulas and site descriptions. */
final class Formats {

    private Formats() {
    }

    /** An amount as an integer when it is one (within 1e-6), else with at most 4 decimals. */
    static String amount(double x) {
        double r = Math.rint(x);
        if (Math.abs(x - r) < 1e-6) {
            return Long.toString((long) r);
        }
        return BigDecimal.valueOf(x).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
