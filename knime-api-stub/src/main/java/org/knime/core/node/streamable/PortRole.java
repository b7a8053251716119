package org.knime.core.node.streamable;

/** Stand-in: whether a port's data may be split over several operators. */
public class PortRole {

    private final boolean distributable;

    PortRole(final boolean distributable) {
        this.distributable = distributable;
    }

    public boolean isDistributable() {
        return distributable;
    }
}
