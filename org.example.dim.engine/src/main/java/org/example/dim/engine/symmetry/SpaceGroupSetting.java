package org.example.dim.engine.symmetry;

import java.util.List;

/**
 * One setting of a space group: its International Tables number, symbols and full list of
 * operations (centring translations included).
 *
 * @param number          International Tables number, 1–230
 * @param hermannMauguin  full Hermann–Mauguin symbol, e.g. {@code "P 1 21/c 1"}
 * @param universalSymbol the symbol with its setting suffix, e.g. {@code "F d -3 m :2"} or {@code "R -3 m :H"}
 * @param hall            Hall symbol
 * @param operations      all operations of the setting
 */
public record SpaceGroupSetting(int number, String hermannMauguin, String universalSymbol, String hall,
        List<SymmetryOperation> operations) {

    public SpaceGroupSetting {
        operations = List.copyOf(operations);
    }
}
