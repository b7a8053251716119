package org.knime.core.node.streamable;

/** Stand-in: what a streamed node reads from one input port. */
public abstract class PortInput {
}
