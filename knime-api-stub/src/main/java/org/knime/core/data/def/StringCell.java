package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.StringValue;

/** Stand-in: a cell holding one String. */
public final class StringCell extends DataCell implements StringValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(StringCell.class);

    private final String value;

    public StringCell(final String v) {
        value = v;
    }

    @Override
    public String getStringValue() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return value.equals(((StringCell) dc).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
