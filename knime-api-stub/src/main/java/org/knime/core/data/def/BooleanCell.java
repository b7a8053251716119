package org.knime.core.data.def;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;

/** Stand-in: a boolean cell; use the TRUE and FALSE instances. */
public final class BooleanCell extends DataCell implements BooleanValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(BooleanCell.class);

    public static final BooleanCell TRUE = new BooleanCell(true);

    public static final BooleanCell FALSE = new BooleanCell(false);

    private final boolean value;

    private BooleanCell(final boolean value) {
        this.value = value;
    }

    @Override
    public boolean getBooleanValue() {
        return value;
    }

    @Override
    public String toString() {
        return Boolean.toString(value);
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return value == ((BooleanCell) dc).value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(value);
    }
}
