package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;

/** Stand-in: a cell holding one double. */
public final class DoubleCell extends DataCell implements DoubleValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(DoubleCell.class);

    private final double value;

    public DoubleCell(final double v) {
        value = v;
    }

    @Override
    public double getDoubleValue() {
        return value;
    }

    @Override
    public String toString() {
        return Double.toString(value);
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return Double.compare(value, ((DoubleCell) dc).value) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value);
    }
}
