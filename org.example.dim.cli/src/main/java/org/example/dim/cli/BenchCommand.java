package org.example.dim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.example.dim.engine.cif.CifReader;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.io.CifSource;
import org.example.dim.engine.io.CifSources;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.FeaturizedCrystal;
import org.example.dim.engine.sitenet.SiteNetFeaturizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dim bench ...}: performance figures, printed as medians over repeated runs. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures.",
        subcommands = {BenchCommand.Read.class, BenchCommand.Featurize.class, BenchTrain.class})
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

    /** The options every benchmark shares: which data and how much of it. */
    static final class Data {

        @Option(names = "--data", description = "JSON-lines file with a 'cif' field, or CIF files (default: ${DEFAULT-VALUE})")
        Path data = defaultData();

        @Option(names = "--limit", description = "Use only the first N inputs (default: all)")
        int limit = 0;

        List<CifSource> load() {
            return BenchCommand.load(data, limit);
        }
    }

    /** How many timed runs the throughput benchmarks make (the training benchmark times steps instead). */
    static final class Runs {

        @Option(names = "--runs", description = "Timed runs per setting (default: ${DEFAULT-VALUE})")
        int runs = 5;
    }

    /**
     * Times {@code work} over all sources on one thread and on all cores, {@code runs} times each after a
     * warm-up, and prints the medians against a reference rate measured with pymatgen on one core.
     */
    static void measure(String what, List<CifSource> sources, ToLongFunction<CifSource> work, int runs,
            double referencePerSecond, String reference) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                Callable<Long> all = threads == 1 ? () -> sources.stream().mapToLong(work).sum()
                        : () -> pool.submit(() -> sources.parallelStream().mapToLong(work).sum()).get();
                all.call(); // warm-up
                double[] rates = new double[runs];
                for (int r = 0; r < runs; r++) {
                    long t0 = System.nanoTime();
                    long n = all.call();
                    rates[r] = n / ((System.nanoTime() - t0) / 1e9);
                }
                double median = median(rates);
                System.out.printf("  %d thread(s): median %.0f %s/s (runs: %s) = %.1f× %s (%.0f/s on one core)%n",
                        threads, median, what, Arrays.toString(Arrays.stream(rates).mapToLong(Math::round).toArray()),
                        median / referencePerSecond, reference, referencePerSecond);
            } finally {
                pool.shutdown();
            }
        }
    }

    @Command(name = "read", mixinStandardHelpOptions = true,
            description = "Structures per second for parsing and expanding CIFs (mp37k by default), on one thread and on all cores.")
    static final class Read implements Callable<Integer> {

        /** pymatgen 2022.11 CifParser on one core of the reference machine (shared/docs/anchors.md). */
        private static final double PYMATGEN_PER_SECOND = 450;

        @Mixin
        Data input;

        @Mixin
        Runs repeat;

        @Override
        public Integer call() throws Exception {
            List<CifSource> sources = input.load();
            CifReader reader = new CifReader();
            System.out.printf("dim bench read: %d CIFs from %s, %d runs each, %d cores%n", sources.size(), input.data, repeat.runs,
                    Runtime.getRuntime().availableProcessors());
            ToLongFunction<CifSource> work = s -> reader.read(s).stream().filter(CrystalRecord::ok).count();
            System.out.printf("  blocks read: %d of %d inputs%n", sources.stream().mapToLong(work).sum(), sources.size());
            measure("structures", sources, work, repeat.runs, PYMATGEN_PER_SECOND, "pymatgen's CifParser");
            return 0;
        }
    }

    @Command(name = "featurize", mixinStandardHelpOptions = true,
            description = "Crystals per second for CIF -> primitive cell -> supercell -> site features and distances.")
    static final class Featurize implements Callable<Integer> {

        /** The same pipeline written with pymatgen, one core of the reference machine (shared/docs/anchors.md). */
        private static final double PYMATGEN_PER_SECOND = 175;

        @Mixin
        Data input;

        @Mixin
        Runs repeat;

        @Option(names = "--size", description = "Supercell size N (default: ${DEFAULT-VALUE})")
        int size = 50;

        @Override
        public Integer call() throws Exception {
            List<CifSource> sources = input.load();
            CifReader reader = new CifReader();
            SiteNetFeaturizer featurizer = new SiteNetFeaturizer(
                    FeaturizationSettings.deepInfoMaxDefaults().withSupercellSize(size));
            System.out.printf("dim bench featurize: %d CIFs from %s, N=%d, %d runs each, %d cores%n", sources.size(),
                    input.data, size, repeat.runs, Runtime.getRuntime().availableProcessors());
            ToLongFunction<CifSource> work = s -> reader.read(s).stream().map(featurizer::featurize)
                    .filter(FeaturizedCrystal::ok).count();
            long t0 = System.nanoTime();
            long ok = sources.stream().mapToLong(work).sum();
            System.out.printf("  featurised: %d of %d inputs (the rest skipped with a reason, e.g. primitive cell > N)"
                    + "; first pass %.1f s%n", ok, sources.size(), (System.nanoTime() - t0) / 1e9);
            measure("crystals", sources, work, repeat.runs, PYMATGEN_PER_SECOND, "the pymatgen pipeline");
            return 0;
        }
    }
}
