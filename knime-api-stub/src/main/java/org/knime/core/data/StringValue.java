package org.knime.core.data;

/** Stand-in: a cell readable as String. */
public interface StringValue extends DataValue {

    String getStringValue();
}
