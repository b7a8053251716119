package org.example.dim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.example.dim.engine.experiment.Metrics;
import org.example.dim.engine.experiment.Plots;
import org.example.dim.engine.experiment.RepresentationExperiment.Result;

/** Writes the few-labels experiments' results: results.csv, the median table, and a box plot per model. */
final class ExperimentOutputs {

    static final String[] COLUMNS = {"representation", "model", "n_labels", "repeat", "mae"};

    private ExperimentOutputs() {
    }

    static void write(Path dir, List<Result> results, String target, PrintStream table) throws IOException {
        Files.createDirectories(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve("results.csv"));
             CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).setRecordSeparator('\n').build().print(w)) {
            for (Result r : results) {
                p.printRecord(r.representation(), r.model(), r.labels(), r.repeat(), r.mae());
            }
        }
        Set<String> models = new LinkedHashSet<>(results.stream().map(Result::model).toList());
        for (String model : models) {
            Plots.maeBoxPlot(results, model, target, dir.resolve("mae_" + model + ".png"));
        }
        printMedians(results, target, table);
    }

    /** Median test MAE per representation and model (rows) and label count (columns). */
    static void printMedians(List<Result> results, String target, PrintStream out) {
        Set<Integer> counts = new TreeSet<>(results.stream().map(Result::labels).toList());
        Set<String> rows = new LinkedHashSet<>(results.stream().map(r -> r.representation() + "/" + r.model()).toList());
        out.printf("median test MAE of %s (%d repeats)%n", target,
                results.stream().mapToInt(Result::repeat).max().orElse(0));
        out.printf("%-24s", "representation/model");
        counts.forEach(n -> out.printf("%13s", n + " labels"));
        out.println();
        for (String row : rows) {
            out.printf("%-24s", row);
            for (int n : counts) {
                double[] maes = results.stream().filter(r -> (r.representation() + "/" + r.model()).equals(row)
                        && r.labels() == n).mapToDouble(Result::mae).toArray();
                out.printf("%13.4f", Metrics.median(maes));
            }
            out.println();
        }
    }
}
