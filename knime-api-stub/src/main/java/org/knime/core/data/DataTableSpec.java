package org.knime.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in: the columns of a table. Column names must be unique, as in KNIME. */
public final class DataTableSpec implements PortObjectSpec {

    private final List<DataColumnSpec> columns;

    private final Map<String, String> properties;

    public DataTableSpec(final DataColumnSpec... colSpecs) {
        this(null, colSpecs, Map.of());
    }

    /** Columns with table properties (as KNIME, only DataTableSpecCreator makes these); the name is not kept here. */
    DataTableSpec(final String name, final DataColumnSpec[] colSpecs, final Map<String, String> properties) {
        columns = List.of(colSpecs);
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        List<String> names = new ArrayList<>();
        for (DataColumnSpec c : colSpecs) {
            if (names.contains(c.getName())) {
                throw new IllegalArgumentException("Duplicate column name \"" + c.getName() + "\"");
            }
            names.add(c.getName());
        }
    }

    public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2) {
        this(concat(spec1, spec2));
    }

    private static DataColumnSpec[] concat(final DataTableSpec a, final DataTableSpec b) {
        List<DataColumnSpec> all = new ArrayList<>(a.columns);
        all.addAll(b.columns);
        return all.toArray(new DataColumnSpec[0]);
    }

    /** The table's properties; empty when none were set. */
    public Map<String, String> getProperties() {
        return properties;
    }

    public int getNumColumns() {
        return columns.size();
    }

    public DataColumnSpec getColumnSpec(final int index) {
        return columns.get(index);
    }

    public DataColumnSpec getColumnSpec(final String column) {
        int i = findColumnIndex(column);
        return i < 0 ? null : columns.get(i);
    }

    public int findColumnIndex(final String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).getName().equals(columnName)) {
                return i;
            }
        }
        return -1;
    }

    public boolean containsName(final String columnName) {
        return findColumnIndex(columnName) >= 0;
    }

    public final String[] getColumnNames() {
        return columns.stream().map(DataColumnSpec::getName).toArray(String[]::new);
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof DataTableSpec s && s.columns.equals(columns) && s.properties.equals(properties);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return Arrays.toString(getColumnNames());
    }
}
