package org.knime.core.data.def;

import java.util.Iterator;
import java.util.List;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/** Stand-in: a row held in memory. */
public class DefaultRow implements DataRow {

    private final RowKey key;

    private final List<DataCell> cells;

    public DefaultRow(final RowKey rowKey, final DataCell... row) {
        this(rowKey, List.of(row));
    }

    public DefaultRow(final RowKey rowKey, final List<DataCell> row) {
        key = rowKey;
        cells = List.copyOf(row);
    }

    @Override
    public int getNumCells() {
        return cells.size();
    }

    @Override
    public RowKey getKey() {
        return key;
    }

    @Override
    public DataCell getCell(final int index) {
        return cells.get(index);
    }

    @Override
    public Iterator<DataCell> iterator() {
        return cells.iterator();
    }

    @Override
    public String toString() {
        return key + ": " + cells;
    }
}
