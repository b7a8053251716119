package org.example.dim.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress display on stderr (stdout stays clean for data): count, rate and, when the
 * total is known, a bar and the time left. Redrawn at most five times a second; silent when the
 * work is short.
 */
final class Progress implements AutoCloseable {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final String what;
    private final long total;
    private final long start = System.nanoTime();
    private long lastDraw;
    private long done;
    private boolean drawn;

    /** @param total number of units, or a negative number when unknown */
    Progress(PrintStream err, String what, long total) {
        this.err = err;
        this.what = what;
        this.total = total;
    }

    void step(long units) {
        done += units;
        long now = System.nanoTime();
        if (now - start >= QUIET_NANOS && now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(now);
        }
    }

    private void draw(long now) {
        double seconds = (now - start) / 1e9;
        double rate = done / Math.max(seconds, 1e-9);
        StringBuilder line = new StringBuilder("\r").append(what).append(' ');
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.min(width, width * done / total);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ")
                    .append(done).append('/').append(total);
            long left = (long) ((total - done) / Math.max(rate, 1e-9));
            line.append(String.format(Locale.ROOT, "  %.0f/s  ETA %d:%02d", rate, left / 60, left % 60));
        } else {
            line.append(done).append(String.format(Locale.ROOT, "  %.0f/s", rate));
        }
        err.print(line);
        err.flush();
        drawn = true;
    }

    @Override
    public void close() {
        if (drawn) {
            draw(System.nanoTime());
            err.println();
        }
    }
}
