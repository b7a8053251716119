package org.knime.core.node;

import org.knime.core.data.DataTableSpec;

/**
 * Stand-in: only the framework creates execution contexts. Here the tests' harness does (package-private
 * constructor, as the real class's are not for nodes): progress and cancellation go to the monitor it gives, and
 * tables are kept in memory.
 */
public class ExecutionContext extends ExecutionMonitor {

    private final ExecutionMonitor progress;

    ExecutionContext(final ExecutionMonitor progress) {
        this.progress = progress;
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        return new BufferedDataContainer(spec);
    }

    @Override
    public void checkCanceled() throws CanceledExecutionException {
        progress.checkCanceled();
    }

    @Override
    public void setProgress(final double fraction) {
        progress.setProgress(fraction);
    }

    @Override
    public void setProgress(final double fraction, final String message) {
        progress.setProgress(fraction, message);
    }

    @Override
    public void setProgress(final String message) {
        progress.setProgress(message);
    }

    @Override
    public void setMessage(final String message) {
        progress.setMessage(message);
    }
}
