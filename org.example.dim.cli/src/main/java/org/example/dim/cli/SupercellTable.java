package org.example.dim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.sitenet.FeaturizedCrystal;
import org.example.dim.engine.sitenet.Supercell;

/** The CSV table of {@code dim supercell}: one row per crystal, in the documented columns. */
final class SupercellTable implements AutoCloseable {

    static final String[] COLUMNS = {
        "source", "block", "n_primitive", "na", "nb", "nc", "n_supercell", "a", "b", "c", "status", "error"};

    private final CSVPrinter printer;

    private SupercellTable(CSVPrinter printer) {
        this.printer = printer;
    }

    /** A table written to {@code file}, or to standard output when it is null. */
    static SupercellTable open(Path file) throws IOException {
        return new SupercellTable(CSVFormat.DEFAULT.builder().setHeader(COLUMNS).setRecordSeparator('\n').build()
                .print(RecordTable.writer(file)));
    }

    void write(FeaturizedCrystal f) {
        try {
            Supercell s = f.supercell();
            String primitive = f.primitiveSites() > 0 ? Integer.toString(f.primitiveSites()) : "";
            String status = f.status().name().toLowerCase(Locale.ROOT);
            String error = f.error() == null ? "" : f.error();
            if (s == null) {
                printer.printRecord(f.source(), f.block(), primitive, "", "", "", "", "", "", "", status, error);
                return;
            }
            int[] r = s.repeats();
            Lattice l = s.lattice();
            printer.printRecord(f.source(), f.block(), primitive, r[0], r[1], r[2], s.size(), RecordTable.num(l.a()),
                    RecordTable.num(l.b()), RecordTable.num(l.c()), status, error);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
