package org.knime.core.data;

/** Stand-in: a row's identifier. */
public final class RowKey {

    private final String id;

    public RowKey(final String id) {
        this.id = id;
    }

    public static RowKey createRowKey(final long rowIndex) {
        return new RowKey("Row" + rowIndex);
    }

    public String getString() {
        return id;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof RowKey k && k.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
