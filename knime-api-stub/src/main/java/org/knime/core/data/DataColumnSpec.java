package org.knime.core.data;

/** Stand-in: name and type of a column; made by DataColumnSpecCreator. */
public final class DataColumnSpec {

    private final String name;

    private final DataType type;

    DataColumnSpec(final String name, final DataType type) {
        this.name = name;
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public DataType getType() {
        return type;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof DataColumnSpec c && c.name.equals(name) && c.type.equals(type);
    }

    @Override
    public int hashCode() {
        return name.hashCode() ^ type.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + type + ")";
    }
}
