package org.knime.core.node.streamable;

/** Stand-in: what a streamed node writes to one output port. */
public abstract class PortOutput {
}
