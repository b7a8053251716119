package org.knime.core.data;

import java.util.Objects;

/** Stand-in: the type of a column, named by its cell class. */
public final class DataType {

    private static final DataCell MISSING = new DataCell() {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isMissing() {
            return true;
        }

        @Override
        public String toString() {
            return "?";
        }

        @Override
        protected boolean equalsDataCell(final DataCell dc) {
            return true;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    };

    private final Class<? extends DataCell> cellClass;

    private DataType(final Class<? extends DataCell> cellClass) {
        this.cellClass = cellClass;
    }

    public static DataType getType(final Class<? extends DataCell> cell) {
        return new DataType(cell);
    }

    public static DataCell getMissingCell() {
        return MISSING;
    }

    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        return valueClass.isAssignableFrom(cellClass);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof DataType t && t.cellClass == cellClass;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(cellClass);
    }

    @Override
    public String toString() {
        return cellClass.getSimpleName();
    }
}
