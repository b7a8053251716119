package org.knime.core.data;

import java.util.Iterator;

/** Stand-in: iterates the rows of a table. */
public abstract class RowIterator implements Iterator<DataRow> {
}
