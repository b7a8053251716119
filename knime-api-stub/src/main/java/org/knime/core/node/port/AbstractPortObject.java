package org.knime.core.node.port;

import java.io.IOException;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/** Stand-in: a port object that writes its own zip entries. */
public abstract class AbstractPortObject implements PortObject {

    public AbstractPortObject() {
    }

    protected abstract void save(final PortObjectZipOutputStream out, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void load(final PortObjectZipInputStream in, final PortObjectSpec spec,
        final ExecutionMonitor exec) throws IOException, CanceledExecutionException;

    /** Stand-in: the serializer subclasses only name. */
    public static abstract class AbstractPortObjectSerializer<T extends AbstractPortObject>
        extends PortObjectSerializer<T> {
    }
}
