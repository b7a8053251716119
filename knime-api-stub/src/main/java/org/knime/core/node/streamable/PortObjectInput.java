package org.knime.core.node.streamable;

import org.knime.core.node.port.PortObject;

/** Stand-in: a non-streamed input (a model port) handed to a streamed node whole. */
public class PortObjectInput extends PortInput {

    private final PortObject portObject;

    public PortObjectInput(final PortObject portObject) {
        this.portObject = portObject;
    }

    public PortObject getPortObject() {
        return portObject;
    }
}
