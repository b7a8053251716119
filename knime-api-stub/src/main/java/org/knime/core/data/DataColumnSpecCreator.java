package org.knime.core.data;

/** Stand-in: builds a column spec. */
public final class DataColumnSpecCreator {

    private final String name;

    private final DataType type;

    public DataColumnSpecCreator(final String name, final DataType type) {
        this.name = name;
        this.type = type;
    }

    public DataColumnSpec createSpec() {
        return new DataColumnSpec(name, type);
    }
}
