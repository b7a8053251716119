package org.knime.core.node;

import java.util.ArrayList;
import java.util.List;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.DataContainer;

/**
 * Stand-in: a container whose table lives in KNIME's buffers; here in memory. Like KNIME, it refuses rows whose
 * cells do not fit the spec, and rows after close.
 */
public class BufferedDataContainer extends DataContainer {

    private final DataTableSpec spec;

    private final List<DataRow> rows = new ArrayList<>();

    private BufferedDataTable table;

    BufferedDataContainer(final DataTableSpec spec) {
        this.spec = spec;
    }

    @Override
    public void addRowToTable(final DataRow row) {
        if (table != null) {
            throw new IllegalStateException("container is closed");
        }
        if (row.getNumCells() != spec.getNumColumns()) {
            throw new IllegalArgumentException("row " + row.getKey() + " has " + row.getNumCells() + " cells, the spec "
                + spec.getNumColumns() + " columns");
        }
        for (int i = 0; i < row.getNumCells(); i++) {
            DataCell c = row.getCell(i);
            if (!c.isMissing() && !c.getType().equals(spec.getColumnSpec(i).getType())) {
                throw new IllegalArgumentException("row " + row.getKey() + ": a " + c.getType() + " in column '"
                    + spec.getColumnSpec(i).getName() + "' of type " + spec.getColumnSpec(i).getType());
            }
        }
        rows.add(row);
    }

    @Override
    public void close() {
        if (table == null) {
            table = new BufferedDataTable(spec, rows);
        }
    }

    @Override
    public BufferedDataTable getTable() {
        if (table == null) {
            throw new IllegalStateException("container is not closed");
        }
        return table;
    }
}
