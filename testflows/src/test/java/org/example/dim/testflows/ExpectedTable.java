package org.example.dim.testflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataTable;

/**
 * An output table as text (one line a row: key, then the cells, tab-separated), compared with the expected file of
 * the testflow: text exactly, numbers to a relative 1e-3 (BLAS kernels differ between machines). Absolute paths of
 * this checkout are written as {@code ${testflows}}, so that expected files hold no machine's paths.
 */
final class ExpectedTable {

    private static final String HERE = Path.of("").toAbsolutePath().toString();

    private ExpectedTable() {
    }

    static List<String> lines(final BufferedDataTable table) {
        List<String> lines = new ArrayList<>();
        lines.add("row\t" + String.join("\t", table.getDataTableSpec().getColumnNames()));
        for (DataRow r : table) {
            StringBuilder b = new StringBuilder(r.getKey().getString());
            r.forEach(c -> b.append('\t').append(c.toString().replace(HERE, "${testflows}").replace('\t', ' ')
                .replace('\n', ' ')));
            lines.add(b.toString());
        }
        return lines;
    }

    /** Records the table when asked to (-Dtestflows.record=true), else compares it with the file. */
    static void check(final BufferedDataTable table, final Path expected) throws IOException {
        List<String> actual = lines(table);
        if (Boolean.getBoolean("testflows.record")) {
            Files.createDirectories(expected.getParent());
            Files.write(expected, actual);
            return;
        }
        assertTrue(Files.isRegularFile(expected), expected + " is missing; record it with -Dtestflows.record=true");
        List<String> wanted = Files.readAllLines(expected);
        assertEquals(wanted.size(), actual.size(), expected + ": rows");
        for (int i = 0; i < wanted.size(); i++) {
            String[] w = wanted.get(i).split("\t", -1);
            String[] a = actual.get(i).split("\t", -1);
            assertEquals(w.length, a.length, expected + " line " + (i + 1));
            for (int j = 0; j < w.length; j++) {
                assertTrue(same(w[j], a[j]), expected + " line " + (i + 1) + " column " + (j + 1) + ": expected "
                    + w[j] + ", got " + a[j]);
            }
        }
    }

    private static boolean same(final String expected, final String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        try {
            double e = Double.parseDouble(expected);
            double a = Double.parseDouble(actual);
            return Math.abs(e - a) <= 1e-3 * Math.max(1, Math.abs(e));
        } catch (NumberFormatException notNumbers) {
            return false;
        }
    }
}
