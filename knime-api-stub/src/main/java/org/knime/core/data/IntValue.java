package org.knime.core.data;

/** Stand-in: a cell readable as int. */
public interface IntValue extends DataValue {

    int getIntValue();
}
