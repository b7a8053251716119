package org.example.dim.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.crystal.Structure;

/** The CSV table of {@code dim read}: one row per record, in the documented columns. */
final class RecordTable implements AutoCloseable {

    static final String[] COLUMNS = {
        "source", "block", "formula", "reduced_formula", "n_sites", "a", "b", "c", "alpha", "beta", "gamma",
        "volume", "density", "spacegroup", "warnings", "error"};

    private final CSVPrinter printer;

    private RecordTable(Writer w) throws IOException {
        printer = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).setRecordSeparator('\n').build().print(w);
    }

    /** A table written to {@code file}, or to standard output when it is null. */
    static RecordTable open(Path file) throws IOException {
        return new RecordTable(writer(file));
    }

    /** A UTF-8 writer to {@code file}, or to standard output when it is null. */
    static Writer writer(Path file) throws IOException {
        return file == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    void write(CrystalRecord r) {
        try {
            Structure s = r.structure();
            if (s == null) {
                printer.printRecord(r.source(), r.block(), "", "", "", "", "", "", "", "", "", "", "", "",
                        String.join("; ", r.warnings()), r.error());
                return;
            }
            Lattice l = s.lattice();
            String spacegroup = r.spaceGroupSymbol() + (r.spaceGroupNumber() > 0 ? " (" + r.spaceGroupNumber() + ")" : "");
            printer.printRecord(r.source(), r.block(), s.composition().formula(), s.composition().reducedFormula(),
                    s.size(), num(l.a()), num(l.b()), num(l.c()), num(l.alpha()), num(l.beta()), num(l.gamma()),
                    num(l.volume()), num(s.density()), spacegroup.strip(), String.join("; ", r.warnings()), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Six decimals, trailing zeros dropped: enough for Å, degrees and g/cm³. */
    static String num(double x) {
        return BigDecimal.valueOf(x).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
