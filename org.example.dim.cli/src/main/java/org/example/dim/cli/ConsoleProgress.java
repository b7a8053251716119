package org.example.dim.cli;

import java.io.PrintStream;
import org.example.dim.engine.dim.TrainingProgress;

/** Training and embedding progress as one redrawn line on stderr; the command line never cancels. */
final class ConsoleProgress implements TrainingProgress, AutoCloseable {

    private static final long REDRAW_NANOS = 500_000_000L;

    private final PrintStream err;
    private long lastDraw;
    private boolean drawn;

    ConsoleProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void report(double fraction, String message) {
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS || fraction >= 1) {
            lastDraw = now;
            err.printf("\r%3.0f%%  %s   ", 100 * fraction, message);
            err.flush();
            drawn = true;
        }
    }

    @Override
    public void message(String message) {
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            err.printf("\r      %s   ", message);
            err.flush();
            drawn = true;
        }
    }

    @Override
    public boolean cancelled() {
        return false;
    }

    @Override
    public void close() {
        if (drawn) {
            err.println();
        }
    }
}
