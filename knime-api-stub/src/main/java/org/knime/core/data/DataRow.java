package org.knime.core.data;

/** Stand-in: one row: a key and its cells. */
public interface DataRow extends Iterable<DataCell> {

    int getNumCells();

    RowKey getKey();

    DataCell getCell(final int index);
}
