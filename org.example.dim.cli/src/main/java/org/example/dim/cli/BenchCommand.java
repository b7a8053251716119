package org.example.dim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.example.dim.engine.cif.CifReader;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.io.CifSource;
import org.example.dim.engine.io.CifSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dim bench ...}: performance figures, printed as medians over repeated runs. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures.",
        subcommands = {BenchCommand.Read.class})
final class BenchCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.err);
    }

    /** The default benchmark data: the mp37k set beside the project, as in the workspace and CI. */
    static Path defaultData() {
        String home = System.getenv().getOrDefault("DIM_HOME", ".");
        return Path.of(home, "..", "shared", "data", "mp37k", "mp37k.jsonl.gz").normalize();
    }

    static List<CifSource> load(Path data, int limit) {
        if (!Files.exists(data)) {
            throw new IllegalArgumentException("benchmark data not found: " + data + " (give --data)");
        }
        try (Stream<CifSource> s = CifSources.open(List.of(data))) {
            return (limit > 0 ? s.limit(limit) : s).toList();
        }
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    @Command(name = "read", mixinStandardHelpOptions = true,
            description = "Structures per second for parsing and expanding CIFs (mp37k by default), on one thread and on all cores.")
    static final class Read implements Callable<Integer> {

        /** pymatgen 2022.11 CifParser on one core of the reference machine (shared/docs/anchors.md). */
        private static final double PYMATGEN_PER_SECOND = 450;

        @Option(names = "--data", description = "JSON-lines file with a 'cif' field, or CIF files (default: ${DEFAULT-VALUE})")
        Path data = defaultData();

        @Option(names = "--runs", description = "Timed runs per setting (default: ${DEFAULT-VALUE})")
        int runs = 5;

        @Option(names = "--limit", description = "Use only the first N inputs (default: all)")
        int limit = 0;

        @Override
        public Integer call() throws Exception {
            List<CifSource> sources = load(data, limit);
            CifReader reader = new CifReader();
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf("dim bench read: %d CIFs from %s, %d runs each, %d cores%n", sources.size(), data, runs, cores);
            long ok = readAll(reader, sources);
            System.out.printf("  blocks read: %d of %d inputs%n", ok, sources.size());
            for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
                ForkJoinPool pool = new ForkJoinPool(threads);
                try {
                    pool.submit(() -> readAllParallel(reader, sources)).get(); // warm-up
                    double[] rates = new double[runs];
                    for (int r = 0; r < runs; r++) {
                        long t0 = System.nanoTime();
                        long n = threads == 1 ? readAll(reader, sources) : pool.submit(() -> readAllParallel(reader, sources)).get();
                        rates[r] = n / ((System.nanoTime() - t0) / 1e9);
                    }
                    double median = median(rates);
                    System.out.printf("  %d thread(s): median %.0f structures/s (runs: %s) = %.1f× pymatgen's %d/s on one core%n",
                            threads, median, Arrays.toString(Arrays.stream(rates).mapToLong(Math::round).toArray()),
                            median / PYMATGEN_PER_SECOND, (int) PYMATGEN_PER_SECOND);
                } finally {
                    pool.shutdown();
                }
            }
            return 0;
        }

        private static long readAll(CifReader reader, List<CifSource> sources) {
            long ok = 0;
            for (CifSource s : sources) {
                for (CrystalRecord r : reader.read(s)) {
                    ok += r.ok() ? 1 : 0;
                }
            }
            return ok;
        }

        private static long readAllParallel(CifReader reader, List<CifSource> sources) {
            return sources.parallelStream().mapToLong(s -> reader.read(s).stream().filter(CrystalRecord::ok).count()).sum();
        }
    }
}
