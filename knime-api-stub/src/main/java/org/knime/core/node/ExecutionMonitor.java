package org.knime.core.node;

/** Stand-in: progress and cancellation of an execution. Works without KNIME: no progress is shown, nothing cancels. */
public class ExecutionMonitor {

    public ExecutionMonitor() {
    }

    public void checkCanceled() throws CanceledExecutionException {
    }

    public void setProgress(final double progress) {
    }

    public void setProgress(final double progress, final String message) {
    }

    public void setProgress(final String message) {
    }

    public void setMessage(final String message) {
    }
}
