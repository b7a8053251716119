package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;

/** Stand-in: a streamed output port, fed one row at a time. */
public abstract class RowOutput extends PortOutput {

    public abstract void push(final DataRow row) throws InterruptedException;

    public abstract void close() throws InterruptedException;
}
