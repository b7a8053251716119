package org.knime.core.data.container;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;

/** Stand-in: collects rows into a table. */
public class DataContainer {

    protected DataContainer() {
    }

    public void addRowToTable(final DataRow row) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    public DataTable getTable() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    public void close() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
