package org.example.dim.nodes.util;

import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.example.dim.engine.dim.TrainingProgress;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/** The engine's progress hook on a KNIME execution monitor: progress shown in the node, cancel button honoured. */
public final class ExecutionProgress implements TrainingProgress {

    private final ExecutionMonitor exec;

    private final boolean reports;

    public ExecutionProgress(final ExecutionMonitor exec) {
        this(exec, true);
    }

    private ExecutionProgress(final ExecutionMonitor exec, final boolean reports) {
        this.exec = exec;
        this.reports = reports;
    }

    /** The cancel button only, for work on one chunk of rows whose caller reports the progress over all rows. */
    public static ExecutionProgress cancelOnly(final ExecutionMonitor exec) {
        return new ExecutionProgress(exec, false);
    }

    @Override
    public void report(final double fraction, final String message) {
        if (reports) {
            exec.setProgress(fraction, message);
        }
    }

    @Override
    public void message(final String message) {
        if (reports) {
            exec.setMessage(message);
        }
    }

    @Override
    public boolean cancelled() {
        try {
            exec.checkCanceled();
            return false;
        } catch (CanceledExecutionException e) {
            return true;
        }
    }

    /** Runs engine work that stops with CancellationException when cancelled, as KNIME expects it to stop. */
    public static <T> T run(final Supplier<T> work) throws CanceledExecutionException {
        try {
            return work.get();
        } catch (CancellationException e) {
            throw new CanceledExecutionException(e.getMessage());
        }
    }
}
