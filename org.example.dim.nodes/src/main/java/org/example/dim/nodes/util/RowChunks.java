package org.example.dim.nodes.util;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.RowInput;
import org.knime.core.node.streamable.RowOutput;
import org.knime.core.node.streamable.StreamableOperator;

/**
 * A node's work on the rows of one table, a chunk at a time, so that the same work runs in a normal execution (a
 * whole table in, a whole table out) and in KNIME's streaming executor (rows polled as they arrive, pushed on as
 * they are done). Chunks keep memory bounded however long the table; cancellation is checked before each chunk and
 * progress reported after it.
 */
public final class RowChunks {

    /** What a node does with a chunk of rows: every output row goes to {@code out}, in input order. */
    @FunctionalInterface
    public interface Work {
        void apply(List<DataRow> chunk, Consumer<DataRow> out) throws Exception;
    }

    private final int chunkSize;

    private final Work work;

    private final ExecutionContext exec;

    private long done;

    /** @param chunkSize rows per call of {@code work} (1: row by row) */
    public RowChunks(final int chunkSize, final Work work, final ExecutionContext exec) {
        this.chunkSize = chunkSize;
        this.work = work;
        this.exec = exec;
    }

    /** Runs over a whole table; the output table has {@code spec}. */
    public BufferedDataTable run(final BufferedDataTable in, final DataTableSpec spec) throws Exception {
        BufferedDataContainer out = exec.createDataContainer(spec);
        try (CloseableRowIterator rows = in.iterator()) {
            pump(() -> rows.hasNext() ? rows.next() : null, out::addRowToTable,
                () -> exec.setProgress((double)done / in.size(), done + " of " + in.size() + " rows"));
        }
        out.close();
        return out.getTable();
    }

    /**
     * A streamed node's operator for one table in, one table out: the rows of input 0 through {@code work} to
     * output 0, then {@code done} (a warning about what the work skipped, say).
     */
    public static StreamableOperator streamed(final int chunkSize, final Work work, final Runnable done) {
        return new StreamableOperator() {
            @Override
            public void runFinal(final PortInput[] inputs, final PortOutput[] outputs, final ExecutionContext exec)
                throws Exception {
                new RowChunks(chunkSize, work, exec).run((RowInput)inputs[0], (RowOutput)outputs[0]);
                done.run();
            }
        };
    }

    /** Runs over a streamed input into a streamed output (the row count is not known in advance). */
    public void run(final RowInput in, final RowOutput out) throws Exception {
        pump(in::poll, out::push, () -> exec.setMessage(done + " rows"));
        in.close();
        out.close();
    }

    /** The next input row, or null after the last. */
    @FunctionalInterface
    private interface Source {
        DataRow next() throws Exception;
    }

    @FunctionalInterface
    private interface Sink {
        void accept(DataRow row) throws Exception;
    }

    /** Every row of {@code in} through the work to {@code out}, a chunk at a time, reporting after each chunk. */
    private void pump(final Source in, final Sink out, final Runnable report) throws Exception {
        List<DataRow> chunk = new ArrayList<>(chunkSize);
        DataRow row = in.next();
        while (row != null) {
            chunk.add(row);
            row = in.next();
            if (chunk.size() == chunkSize || row == null) {
                exec.checkCanceled();
                List<DataRow> results = new ArrayList<>(chunk.size());
                work.apply(chunk, results::add);
                for (DataRow result : results) {
                    out.accept(result);
                }
                done += chunk.size();
                chunk.clear();
                report.run();
            }
        }
    }
}
