package org.knime.core.node.streamable;

/** Stand-in: how an output port takes part in streaming. */
public final class OutputPortRole extends PortRole {

    public static final OutputPortRole DISTRIBUTED = new OutputPortRole(true);

    public static final OutputPortRole NONDISTRIBUTED = new OutputPortRole(false);

    private OutputPortRole(final boolean distributable) {
        super(distributable);
    }
}
