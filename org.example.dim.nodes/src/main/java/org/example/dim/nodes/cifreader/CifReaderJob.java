package org.example.dim.nodes.cifreader;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.example.dim.engine.cif.CifReader;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.io.CifSource;
import org.example.dim.engine.io.CifSources;
import org.example.dim.nodes.util.Columns;
import org.example.dim.nodes.util.FileLocation;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.StringValue;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;

/**
 * One execution of the CIF Reader, free of KNIME's containers so it can be tested: sources in, rows out to the
 * two tables. Cancellation is checked between sources.
 */
final class CifReaderJob {

    private final CifReader reader = new CifReader();

    private final CifReaderTables tables = new CifReaderTables();

    private final Consumer<DataRow> crystals;

    private final Consumer<DataRow> failed;

    private final ExecutionMonitor exec;

    CifReaderJob(final Consumer<DataRow> crystals, final Consumer<DataRow> failed, final ExecutionMonitor exec) {
        this.crystals = crystals;
        this.failed = failed;
        this.exec = exec;
    }

    /** Reads files and folders (recursively; JSON-lines files too, as {@code dim read} does). */
    void readPaths(final List<Path> paths) throws CanceledExecutionException {
        try (Stream<CifSource> sources = CifSources.open(paths)) {
            Iterator<CifSource> it = sources.iterator();
            while (it.hasNext()) {
                read(it.next());
                exec.setProgress("read " + tables.crystalCount() + " crystals, " + tables.failedCount() + " failed");
            }
        }
    }

    /** Reads the input column, row by row: each cell a path or a CIF text. */
    void readColumn(final Iterable<DataRow> rows, final long rowCount, final int column,
        final CifReaderSettings.ColumnContent content) throws CanceledExecutionException {
        long done = 0;
        for (DataRow row : rows) {
            DataCell cell = row.getCell(column);
            String where = Columns.name(row.getKey());
            if (cell.isMissing()) {
                accept(CrystalRecord.failed(where, "", List.of(), where + ": missing value in the input column"));
            } else if (content == CifReaderSettings.ColumnContent.PATHS) {
                readLocation(((StringValue)cell).getStringValue(), where);
            } else {
                read(CifSource.ofText(row.getKey().getString(), ((StringValue)cell).getStringValue()));
            }
            done++;
            exec.setProgress((double)done / Math.max(1, rowCount), "read " + done + " of " + rowCount + " rows");
        }
    }

    /** A path or knime:// URL of a cell; one that cannot be resolved is a failed row naming it. */
    private void readLocation(final String location, final String where) throws CanceledExecutionException {
        Path path;
        try {
            path = FileLocation.parse(location, "input column").requireLocalPath();
        } catch (InvalidSettingsException e) {
            accept(CrystalRecord.failed(where, "", List.of(), where + ": " + e.getMessage()));
            return;
        }
        readPaths(List.of(path));
    }

    private void read(final CifSource source) throws CanceledExecutionException {
        exec.checkCanceled();
        for (CrystalRecord r : reader.read(source)) {
            accept(r);
        }
    }

    private void accept(final CrystalRecord r) {
        (r.ok() ? crystals : failed).accept(tables.row(r));
    }
}
