package org.knime.core.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stand-in: builds a table spec with properties. */
public final class DataTableSpecCreator {

    private final List<DataColumnSpec> columns = new ArrayList<>();

    private final Map<String, String> properties = new LinkedHashMap<>();

    public DataTableSpecCreator addColumns(final DataColumnSpec... cols) {
        columns.addAll(List.of(cols));
        return this;
    }

    public DataTableSpecCreator putProperty(final String key, final String value) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("Invalid property key (null or empty string)");
        }
        properties.put(key, value);
        return this;
    }

    public DataTableSpec createSpec() {
        return new DataTableSpec(null, columns.toArray(new DataColumnSpec[0]), properties);
    }
}
