package org.example.dim.engine.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file ({@code .csv}, {@code .csv.gz}) with a {@code cif} column: one source per row, named by its
 * {@code material_id}, {@code id} or {@code name} column (else its row number), with the row's numeric
 * columns as labels. Streamed with Commons CSV, so quoted multi-line CIF texts are fine.
 */
final class CsvCifTable {

    private static final String[] NAME_COLUMNS = {"material_id", "id", "name"};

    private CsvCifTable() {
    }

    static boolean isCsv(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".csv.gz");
    }

    static Stream<CifSource> open(Path file) {
        CSVParser parser;
        try {
            Reader reader = new InputStreamReader(CifSources.open(file), StandardCharsets.UTF_8);
            parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader);
        } catch (IOException | UncheckedIOException e) {
            return Stream.of(CifSource.failed(file.toString(), null, "cannot read CSV: " + e.getMessage()));
        }
        if (!parser.getHeaderMap().containsKey("cif")) {
            close(parser);
            return Stream.of(CifSource.failed(file.toString(), null, "CSV has no column 'cif' (its columns: "
                    + parser.getHeaderNames() + ")"));
        }
        Iterator<CSVRecord> records = parser.iterator();
        Iterator<CifSource> sources = new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    return false;
                }
            }

            @Override
            public CifSource next() {
                return source(file, records.next());
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(sources, Spliterator.ORDERED), false)
                .onClose(() -> close(parser));
    }

    private static CifSource source(Path file, CSVRecord r) {
        String where = file + ":" + (r.getRecordNumber() + 1);
        String name = "row " + r.getRecordNumber();
        for (String c : NAME_COLUMNS) {
            if (r.isMapped(c) && r.isSet(c) && !r.get(c).isBlank()) {
                name = r.get(c);
                break;
            }
        }
        if (!r.isConsistent()) {
            return CifSource.failed(where, name, "row has " + r.size() + " fields, the header " + r.getParser()
                    .getHeaderNames().size());
        }
        Map<String, Double> labels = new LinkedHashMap<>();
        r.toMap().forEach((k, v) -> {
            if (!k.equals("cif")) {
                try {
                    labels.put(k, Double.parseDouble(v.trim()));
                } catch (NumberFormatException e) {
                    // a text column (a name, a formula): not a label
                }
            }
        });
        return new CifSource(where, name, r.get("cif"), labels, null);
    }

    private static void close(CSVParser parser) {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
