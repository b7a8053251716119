package org.knime.core.node;

import java.util.Iterator;
import java.util.List;
import javax.swing.JComponent;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/** Stand-in: the data tables that flow between nodes; here rows in memory, made by a BufferedDataContainer. */
public final class BufferedDataTable implements DataTable, PortObject {

    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class);

    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class, true);

    private final DataTableSpec spec;

    private final List<DataRow> rows;

    BufferedDataTable(final DataTableSpec spec, final List<DataRow> rows) {
        this.spec = spec;
        this.rows = List.copyOf(rows);
    }

    public DataTableSpec getDataTableSpec() {
        return spec;
    }

    @Override
    public DataTableSpec getSpec() {
        return spec;
    }

    @Override
    public String getSummary() {
        return "Rows: " + rows.size() + ", Cols: " + spec.getNumColumns();
    }

    @Override
    public CloseableRowIterator iterator() {
        Iterator<DataRow> it = rows.iterator();
        return new CloseableRowIterator() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public DataRow next() {
                return it.next();
            }

            @Override
            public void close() {
            }
        };
    }

    public long size() {
        return rows.size();
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }
}
