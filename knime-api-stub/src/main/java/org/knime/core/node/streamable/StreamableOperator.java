package org.knime.core.node.streamable;

import org.knime.core.node.ExecutionContext;

/** Stand-in: a node's work as KNIME's streaming executor runs it. */
public abstract class StreamableOperator {

    public abstract void runFinal(final PortInput[] inputs, final PortOutput[] outputs, final ExecutionContext exec)
        throws Exception;
}
