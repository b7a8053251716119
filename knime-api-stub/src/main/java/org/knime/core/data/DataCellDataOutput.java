package org.knime.core.data;

import java.io.DataOutput;

/** Stand-in: the stream a cell serializer uses. */
public interface DataCellDataOutput extends DataOutput {
}
