package org.example.dim.nodes.util;

import java.util.ArrayList;
import java.util.List;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DataValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Column look-ups and appends shared by the nodes, with errors that name the column and the setting. */
public final class Columns {

    private Columns() {
    }

    /**
     * The index of the column the setting names. An empty setting takes the first column of the right type (and
     * stores its name, as KNIME nodes do on first configure).
     */
    public static int select(final DataTableSpec spec, final SettingsModelString setting,
        final Class<? extends DataValue> type, final String what) throws InvalidSettingsException {
        String name = setting.getStringValue();
        if (name == null || name.isEmpty()) {
            for (int i = 0; i < spec.getNumColumns(); i++) {
                if (spec.getColumnSpec(i).getType().isCompatible(type)) {
                    setting.setStringValue(spec.getColumnSpec(i).getName());
                    return i;
                }
            }
            throw new InvalidSettingsException("The input table has no " + what + " column");
        }
        int i = spec.findColumnIndex(name);
        if (i < 0) {
            throw new InvalidSettingsException("The " + what + " column '" + name + "' is not in the input table");
        }
        if (!spec.getColumnSpec(i).getType().isCompatible(type)) {
            throw new InvalidSettingsException("Column '" + name + "' does not hold " + what + " values (it holds "
                + spec.getColumnSpec(i).getType() + ")");
        }
        return i;
    }

    /** A spec of the given columns. */
    public static DataTableSpec spec(final String[] names, final DataType[] types) {
        DataColumnSpec[] columns = new DataColumnSpec[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = new DataColumnSpecCreator(names[i], types[i]).createSpec();
        }
        return new DataTableSpec(columns);
    }

    /** The input spec with {@code extra} appended; a name already in the input is an error naming it. */
    public static DataTableSpec append(final DataTableSpec in, final DataTableSpec extra)
        throws InvalidSettingsException {
        for (String name : extra.getColumnNames()) {
            if (in.containsName(name)) {
                throw new InvalidSettingsException("The input already has a column named '" + name
                    + "'; rename it before this node");
            }
        }
        return new DataTableSpec(in, extra);
    }

    /** The input row with {@code extra} cells appended. */
    public static DataRow append(final DataRow in, final List<DataCell> extra) {
        List<DataCell> cells = new ArrayList<>(in.getNumCells() + extra.size());
        for (int i = 0; i < in.getNumCells(); i++) {
            cells.add(in.getCell(i));
        }
        cells.addAll(extra);
        return new DefaultRow(in.getKey(), cells);
    }

    /** The row key as text, for error messages that name a row. */
    public static String name(final RowKey key) {
        return "row '" + key.getString() + "'";
    }
}
