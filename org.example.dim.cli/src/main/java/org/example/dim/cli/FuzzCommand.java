package org.example.dim.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.example.dim.engine.cif.CifReader;
import org.example.dim.engine.io.CifSource;
import org.example.dim.engine.io.CifSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dim fuzz}: a long run of the CIF reader's mutation fuzzer; failing inputs are saved. */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = "Fuzz the CIF reader with mutated copies of the given CIFs; exit 1 if it misbehaves.")
final class FuzzCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "CIF files or folders to mutate")
    List<Path> corpus;

    @Option(names = "--iterations", description = "Mutated inputs to try (default: ${DEFAULT-VALUE})")
    int iterations = 100_000;

    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--timeout-ms", description = "Time allowed for one input (default: ${DEFAULT-VALUE})")
    long timeoutMillis = 5_000;

    @Option(names = "--save", description = "Folder for inputs that caused a finding (default: ${DEFAULT-VALUE})")
    Path save = Path.of("fuzz-findings");

    @Override
    public Integer call() throws Exception {
        List<String> texts;
        try (Stream<CifSource> sources = CifSources.open(corpus)) {
            texts = sources.filter(CifSource::ok).map(CifSource::text).toList();
        }
        CifFuzzer fuzzer = new CifFuzzer(texts, new CifReader(), timeoutMillis);
        List<CifFuzzer.Finding> findings;
        try (Progress progress = new Progress(System.err, "fuzz", iterations)) {
            findings = fuzzer.run(seed, iterations, progress);
        }
        for (CifFuzzer.Finding f : findings) {
            Files.createDirectories(save);
            Path file = save.resolve("seed" + f.seed() + "-iter" + f.iteration() + ".cif");
            Files.writeString(file, f.input(), StandardCharsets.UTF_8);
            System.out.println(f.problem() + " -> " + file);
        }
        System.out.printf("%d inputs from %d corpus texts, seed %d: %d finding(s)%n", iterations, texts.size(), seed,
                findings.size());
        return findings.isEmpty() ? 0 : 1;
    }
}
