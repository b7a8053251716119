package org.knime.core.data;

import java.io.IOException;

/** Stand-in: writes and reads one cell class; registered with the cell's DataType in plugin.xml. */
public interface DataCellSerializer<T extends DataCell> {

    void serialize(final T cell, final DataCellDataOutput output) throws IOException;

    T deserialize(final DataCellDataInput input) throws IOException;
}
