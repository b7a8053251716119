package org.knime.core.data;

import java.io.Serializable;

/** Stand-in: one cell of a table. */
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    public final DataType getType() {
        return DataType.getType(getClass());
    }

    public boolean isMissing() {
        return false;
    }

    @Override
    public abstract String toString();

    protected abstract boolean equalsDataCell(final DataCell dc);

    @Override
    public final boolean equals(final Object o) {
        return o instanceof DataCell c && c.getClass() == getClass() && equalsDataCell(c);
    }

    @Override
    public abstract int hashCode();
}
