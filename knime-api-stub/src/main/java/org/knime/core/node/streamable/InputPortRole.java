package org.knime.core.node.streamable;

/** Stand-in: how an input port takes part in streaming. */
public final class InputPortRole extends PortRole {

    public static final InputPortRole DISTRIBUTED_STREAMABLE = new InputPortRole(true, true);

    public static final InputPortRole NONDISTRIBUTED_STREAMABLE = new InputPortRole(false, true);

    public static final InputPortRole NONDISTRIBUTED_NONSTREAMABLE = new InputPortRole(false, false);

    private final boolean streamable;

    private InputPortRole(final boolean distributable, final boolean streamable) {
        super(distributable);
        this.streamable = streamable;
    }

    public boolean isStreamable() {
        return streamable;
    }
}
