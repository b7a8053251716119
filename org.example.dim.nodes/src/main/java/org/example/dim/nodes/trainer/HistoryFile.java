package org.example.dim.nodes.trainer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.example.dim.engine.dim.HistoryRow;
import org.example.dim.engine.dim.Losses;

/**
 * The training history in the node's internals folder, so that the loss curves survive saving the workflow:
 * tab-separated text, read as data only, with a bounded number of lines.
 */
final class HistoryFile {

    static final String NAME = "history.tsv";

    private static final int MAX_ROWS = 10_000_000;

    private HistoryFile() {
    }

    static void write(final Path folder, final List<HistoryRow> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        for (HistoryRow r : rows) {
            Losses l = r.losses();
            lines.add(r.epoch() + "\t" + r.split() + "\t" + l.localDim() + "\t" + l.localKl() + "\t" + l.globalDim()
                + "\t" + l.globalKl());
        }
        Files.write(folder.resolve(NAME), lines, StandardCharsets.UTF_8);
    }

    /** The history in the folder; none if the file is absent (a node saved before it executed). */
    static List<HistoryRow> read(final Path folder) throws IOException {
        Path file = folder.resolve(NAME);
        List<HistoryRow> rows = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null;) {
                String[] f = line.split("\t");
                if (f.length != 6 || rows.size() >= MAX_ROWS) {
                    throw new IOException(file + " is damaged at line " + (rows.size() + 1));
                }
                rows.add(new HistoryRow(Integer.parseInt(f[0]), f[1], new Losses(Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]))));
            }
        } catch (NumberFormatException e) {
            throw new IOException(file + " is damaged: " + e.getMessage(), e);
        }
        return rows;
    }
}
