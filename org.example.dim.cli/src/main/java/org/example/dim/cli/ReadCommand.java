package org.example.dim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.example.dim.engine.cif.CifReader;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.io.CifSource;
import org.example.dim.engine.io.CifSources;
import org.example.dim.engine.util.OrderedParallel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dim read}: one table row per data block of the inputs, failed blocks included. */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Read CIF files, folders and JSON-lines files (with a 'cif' field) into a table, one row per data block.")
final class ReadCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "CIF files, folders, .jsonl or .jsonl.gz files")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "table.csv", description = "Write the table here (default: standard output)")
    Path out;

    @Option(names = "--threads", description = "Worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        CifReader reader = new CifReader();
        int[] counts = new int[2];
        try (RecordTable table = RecordTable.open(out);
             Stream<CifSource> sources = CifSources.open(inputs);
             Progress progress = new Progress(System.err, "read", -1)) {
            OrderedParallel.map(sources.iterator(), reader::read, threads, 512, records -> {
                for (CrystalRecord r : records) {
                    table.write(r);
                    counts[r.ok() ? 0 : 1]++;
                }
                progress.step(records.size());
            });
        }
        System.err.printf("%d blocks read, %d failed%n", counts[0], counts[1]);
        return 0;
    }
}
