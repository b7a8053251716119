package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;

/** Stand-in: the rows of a streamed input port, one at a time. */
public abstract class RowInput extends PortInput {

    public abstract DataTableSpec getDataTableSpec();

    /** The next row, or null at the end of the input. */
    public abstract DataRow poll() throws InterruptedException;

    public abstract void close();
}
