package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.IntValue;

/** Stand-in: a cell holding one int. */
public class IntCell extends DataCell implements IntValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(IntCell.class);

    private final int value;

    public IntCell(final int v) {
        value = v;
    }

    @Override
    public int getIntValue() {
        return value;
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return value == ((IntCell) dc).value;
    }

    @Override
    public int hashCode() {
        return value;
    }
}
