package org.knime.core.data;

/** Stand-in: marks an interface through which cells are read (StringValue, DoubleValue, ...). */
public interface DataValue {
}
