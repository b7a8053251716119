package org.knime.core.data.container;

import java.io.Closeable;
import org.knime.core.data.RowIterator;

/** Stand-in: a row iterator over buffered data that must be closed. */
public abstract class CloseableRowIterator extends RowIterator implements Closeable {

    @Override
    public abstract void close();
}
