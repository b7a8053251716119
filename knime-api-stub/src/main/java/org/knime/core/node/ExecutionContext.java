package org.knime.core.node;

import org.knime.core.data.DataTableSpec;

/** Stand-in: only the framework creates execution contexts. */
public class ExecutionContext extends ExecutionMonitor {

    private ExecutionContext() {
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
