package org.example.dim.engine.experiment;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Labels for a folder of CIF files: a CSV whose first column is the file name (with or without its
 * {@code .cif}/{@code .cif.gz} ending) and whose numeric columns are labels; an empty cell is a missing label.
 */
public final class LabelTable {

    private final Map<String, Map<String, Double>> byFile;

    private LabelTable(Map<String, Map<String, Double>> byFile) {
        this.byFile = byFile;
    }

    /** @throws IOException naming the file, row and column of a value that is neither a number nor empty */
    public static LabelTable read(Path csv) throws IOException {
        Map<String, Map<String, Double>> out = new HashMap<>();
        try (Reader r = Files.newBufferedReader(csv);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            String key = p.getHeaderNames().get(0);
            for (CSVRecord rec : p) {
                Map<String, Double> labels = new LinkedHashMap<>();
                for (String column : p.getHeaderNames().subList(1, p.getHeaderNames().size())) {
                    String v = rec.isSet(column) ? rec.get(column).trim() : "";
                    if (v.isEmpty()) {
                        continue;
                    }
                    try {
                        labels.put(column, Double.parseDouble(v));
                    } catch (NumberFormatException e) {
                        throw new IOException(csv + " row " + (rec.getRecordNumber() + 1) + ", column '" + column
                                + "': '" + v + "' is not a number", e);
                    }
                }
                out.put(stem(rec.get(key)), labels);
            }
        }
        return new LabelTable(out);
    }

    /** The labels of a CIF file (by its name), or none. */
    public Map<String, Double> labelsOf(String sourceFile) {
        return byFile.getOrDefault(stem(Path.of(sourceFile).getFileName().toString()), Map.of());
    }

    private static String stem(String fileName) {
        String n = fileName.trim();
        for (String end : new String[] {".cif.gz", ".cif"}) {
            if (n.toLowerCase(java.util.Locale.ROOT).endsWith(end)) {
                return n.substring(0, n.length() - end.length());
            }
        }
        return n;
    }
}
