package org.example.dim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.example.dim.engine.cif.CifReader;
import org.example.dim.engine.crystal.CrystalRecord;

/**
 * A seeded mutation fuzzer for the CIF reader. It damages real CIF texts (cuts, repeats, splices,
 * stray quotes and semicolons, keywords in odd places, absurd numbers) and checks that the reader
 * only ever returns records, within a time limit and a bound on the sites it builds. Any other
 * outcome is a finding, reported with the seed and iteration that reproduce it.
 */
final class CifFuzzer {

    /** One input on which the reader misbehaved. */
    record Finding(long seed, int iteration, String problem, String input) {
    }

    private static final String[] FRAGMENTS = {
        "'", "\"", ";", "\n;", "\n", " ", "_", "loop_", "loop_\n_a\n", "data_", "data_x\n", "save_", "save_f\n",
        "global_", "stop_", "#", "?", ".", "(", ")", "(12)", "[", "]", "{", "}", "'''", "\"\"\"", "1e308", "-1e308",
        "NaN", "0", "-0", "1/2", "x", "-x+y", "x,y,z", "0.5(", "_atom_site_fract_x", "_cell_length_a 0",
        "_symmetry_equiv_pos_as_xyz", "_space_group_name_Hall", "\u0000", "\u00e9", "\r", "\t"};

    private final List<String> corpus;
    private final CifReader reader;
    private final long timeoutMillis;

    CifFuzzer(List<String> corpus, CifReader reader, long timeoutMillis) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("the fuzzer needs at least one CIF text to mutate");
        }
        this.corpus = corpus;
        this.reader = reader;
        this.timeoutMillis = timeoutMillis;
    }

    /** Runs {@code iterations} mutated inputs from {@code seed}; returns what went wrong (empty when nothing did). */
    List<Finding> run(long seed, int iterations, Progress progress) {
        List<Finding> findings = new ArrayList<>();
        Random random = new Random(seed);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cif-fuzz");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < iterations; i++) {
                String input = mutate(random);
                Finding f = check(seed, i, input, worker);
                if (f != null) {
                    findings.add(f);
                    if (f.problem().startsWith("timeout")) {
                        // The stuck thread cannot be reclaimed; start a fresh worker.
                        worker.shutdownNow();
                        worker = Executors.newSingleThreadExecutor();
                    }
                }
                if (progress != null) {
                    progress.step(1);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return findings;
    }

    private Finding check(long seed, int iteration, String input, ExecutorService worker) {
        Future<List<CrystalRecord>> result = worker.submit(() -> reader.read("fuzz-" + seed + "-" + iteration, input));
        try {
            List<CrystalRecord> records = result.get(timeoutMillis, TimeUnit.MILLISECONDS);
            if (records.isEmpty()) {
                return new Finding(seed, iteration, "no record returned", input);
            }
            for (CrystalRecord r : records) {
                if (r.ok() == (r.structure() == null)) {
                    return new Finding(seed, iteration, "record neither read nor failed: " + r, input);
                }
                if (r.ok() && r.structure().size() > reader.options().maxSites()) {
                    return new Finding(seed, iteration, "structure exceeds the site limit", input);
                }
            }
            return null;
        } catch (TimeoutException e) {
            result.cancel(true);
            return new Finding(seed, iteration, "timeout after " + timeoutMillis + " ms", input);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            return new Finding(seed, iteration, "exception: " + e.getCause(), input);
        }
    }

    /** A corpus text damaged by one to four random mutations. */
    String mutate(Random random) {
        StringBuilder s = new StringBuilder(corpus.get(random.nextInt(corpus.size())));
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && s.length() > 0; m++) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(7)) {
                case 0 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(64)));
                case 1 -> s.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 2 -> {
                    int from = random.nextInt(s.length());
                    int to = Math.min(s.length(), from + 1 + random.nextInt(200));
                    s.insert(at, s.substring(from, to));
                }
                case 3 -> s.setLength(at);
                case 4 -> {
                    String other = corpus.get(random.nextInt(corpus.size()));
                    int from = random.nextInt(other.length() + 1);
                    s.insert(at, other, from, Math.min(other.length(), from + random.nextInt(400)));
                }
                case 5 -> {
                    if (at < s.length()) {
                        s.setCharAt(at, (char) (32 + random.nextInt(95)));
                    }
                }
                default -> replaceNumber(s, at, random);
            }
            if (s.length() > 1_000_000) {
                s.setLength(1_000_000);
            }
        }
        return s.toString();
    }

    /** Replaces the digit run at or after {@code at} by an extreme or odd number. */
    private static void replaceNumber(StringBuilder s, int at, Random random) {
        int i = at;
        while (i < s.length() && !Character.isDigit(s.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
            j++;
        }
        String[] odd = {"0", "1e9", "1e-9", "999999999", "-5", "1E400", "0.0000001", "360", "180"};
        if (i < s.length()) {
            s.replace(i, j, odd[random.nextInt(odd.length)]);
        }
    }
}
