package org.knime.core.data;

/** Stand-in: a cell readable as double. */
public interface DoubleValue extends DataValue {

    double getDoubleValue();
}
