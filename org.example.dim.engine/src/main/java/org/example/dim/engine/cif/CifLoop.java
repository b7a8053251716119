package org.example.dim.engine.cif;

import java.util.Arrays;

/** A {@code loop_}: a table whose columns are tags. Values are stored row by row. */
public final class CifLoop {

    private final String[] tags;
    private final CifValue[] values;
    private final int line;

    CifLoop(String[] tags, CifValue[] values, int line) {
        this.tags = tags;
        this.values = values;
        this.line = line;
    }

    /** Normalised tags (lower case, dots as underscores), in column order. */
    public String[] tags() {
        return tags.clone();
    }

    public int columns() {
        return tags.length;
    }

    public int rows() {
        return values.length / tags.length;
    }

    /** Line of the {@code loop_} keyword. */
    public int line() {
        return line;
    }

    /** Column of a normalised tag, or -1. */
    public int column(String tag) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].equals(tag)) {
                return i;
            }
        }
        return -1;
    }

    public CifValue value(int row, int column) {
        return values[row * tags.length + column];
    }

    @Override
    public String toString() {
        return "loop_ " + Arrays.toString(tags) + " × " + rows();
    }
}
