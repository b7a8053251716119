package org.example.dim.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.example.dim.engine.cif.CifReader;
import org.example.dim.engine.io.CifSource;
import org.example.dim.engine.io.CifSources;
import org.junit.jupiter.api.Test;

/** A short fuzzing run over the real corpus; {@code dim fuzz} runs the long one. */
class CifFuzzerTest {

    private static final Path CORPUS = Path.of("../org.example.dim.engine/src/test/resources/cif-corpus");

    @Test
    void mutatedCorpusFilesGiveOnlyRecordsOrParseErrors() throws Exception {
        List<String> texts;
        try (Stream<CifSource> sources = CifSources.open(List.of(CORPUS))) {
            texts = sources.filter(CifSource::ok).map(CifSource::text).limit(120).toList();
        }
        assertTrue(texts.size() >= 100, "corpus found: " + texts.size());
        CifFuzzer fuzzer = new CifFuzzer(texts, new CifReader(), 5_000);
        List<CifFuzzer.Finding> findings;
        try (Progress silent = new Progress(new PrintStream(new ByteArrayOutputStream()), "fuzz", 3_000)) {
            findings = fuzzer.run(20261124L, 3_000, silent);
        }
        assertTrue(findings.isEmpty(), () -> "fuzz findings: " + findings.stream()
                .map(f -> "seed " + f.seed() + " iteration " + f.iteration() + ": " + f.problem()).toList());
    }
}
