package org.knime.core.data;

/** Stand-in: the value interface of boolean cells. */
public interface BooleanValue extends DataValue {

    boolean getBooleanValue();
}
