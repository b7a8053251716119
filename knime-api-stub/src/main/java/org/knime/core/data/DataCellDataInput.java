package org.knime.core.data;

import java.io.DataInput;

/** Stand-in: the stream a cell serializer uses. */
public interface DataCellDataInput extends DataInput {
}
