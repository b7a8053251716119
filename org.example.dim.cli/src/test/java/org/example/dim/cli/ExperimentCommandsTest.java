package org.example.dim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.example.dim.engine.dim.DimModelFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The experiment commands end to end on 160 real mp37k crystals, with tiny settings. */
class ExperimentCommandsTest {

    @TempDir
    Path dir;

    private static Path data() throws Exception {
        return Path.of(ExperimentCommandsTest.class.getClassLoader().getResource("mp37k_160.jsonl.gz").toURI());
    }

    private static int dim(String... args) {
        return new CommandLine(new DimCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Test
    void reprWritesOneResultPerRepresentationModelLabelCountAndRepeat() throws Exception {
        Path out = dir.resolve("repr");
        assertEquals(0, dim("experiment", "repr", "--data", data().toString(), "--labels", "20,40", "--repeats", "2",
                "--epochs", "1", "--models", "linear", "--out", out.toString()));
        List<String> lines = Files.readAllLines(out.resolve("results.csv"));
        assertEquals("representation,model,n_labels,repeat,mae", lines.get(0));
        assertEquals(1 + 3 * 2 * 2, lines.size());
        Set<String> representations = lines.stream().skip(1).map(l -> l.split(",")[0]).collect(Collectors.toSet());
        assertEquals(Set.of("dim", "untrained", "composition"), representations);
        assertTrue(Files.size(out.resolve("mae_linear.png")) > 1000);
        assertTrue(Files.exists(out.resolve("dim.dim")) && Files.exists(out.resolve("history.csv")));
    }

    @Test
    void reprPretrainsOnAGivenPoolLessTheTestCrystals() throws Exception {
        // Labelled: the last 100 of the 160 crystals; pool: all 160. Pre-training must take every featurised crystal
        // of the pool except the labelled set's test crystals (a fifth of its featurised crystals).
        List<String> records;
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(data())),
                StandardCharsets.UTF_8))) {
            records = in.lines().collect(Collectors.toList());
        }
        Path labelled = dir.resolve("labelled.jsonl");
        Files.write(labelled, records.subList(records.size() - 100, records.size()));
        Path out = dir.resolve("repr-pool");
        assertEquals(0, dim("experiment", "repr", "--data", labelled.toString(), "--pretrain", data().toString(),
                "--labels", "20", "--repeats", "1", "--epochs", "1", "--models", "linear", "--out", out.toString()));
        Map<String, Object> training = DimModelFile.read(out.resolve("dim.dim")).training();
        int pretrained = ((Number) training.get("train_crystals")).intValue()
                + ((Number) training.get("validation_crystals")).intValue();
        long pool = featurised(data());
        long test = Math.round(featurised(labelled) * 0.2);
        assertEquals(pool - test, pretrained);
    }

    /** Crystals of a file that `dim supercell` featurises. */
    private long featurised(Path input) throws Exception {
        Path table = dir.resolve("supercells-" + input.getFileName() + ".csv");
        assertEquals(0, dim("supercell", input.toString(), "--out", table.toString()));
        return Files.readAllLines(table).stream().skip(1).filter(l -> l.contains(",ok,")).count();
    }

    @Test
    void importanceWritesTheLongTableAndTheHeatmap() throws Exception {
        Path out = dir.resolve("importance");
        assertEquals(0, dim("importance", "--data", data().toString(), "--representation", "composition",
                "--properties", "formation_energy_per_atom,density,crystal_system", "--out", out.toString()));
        List<String> lines = Files.readAllLines(out.resolve("importance.csv"));
        assertEquals("target,feature,mean_pct,min_pct,max_pct,significant,baseline_mae,augmented_mae", lines.get(0));
        assertEquals(1 + 2 * 3, lines.size(), "2 numeric targets × 3 features");
        assertEquals(1 + 6 * 5, Files.readAllLines(out.resolve("importance_seeds.csv")).size());
        assertTrue(Files.size(out.resolve("heatmap.png")) > 1000);
    }

    @Test
    void transferFineTunesFromDimAndFromRandomWeights() throws Exception {
        Path out = dir.resolve("transfer");
        assertEquals(0, dim("experiment", "transfer", "--data", data().toString(), "--labels", "30", "--repeats", "1",
                "--epochs", "1", "--finetune-epochs", "2", "--out", out.toString()));
        List<String> lines = Files.readAllLines(out.resolve("results.csv"));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("dim,sitenet,30,1,") && lines.get(2).startsWith("random,sitenet,30,1,"),
                lines.toString());
    }

    @Test
    void anUnknownTargetIsAClearError() throws Exception {
        Path out = dir.resolve("bad");
        assertEquals(1, dim("importance", "--data", data().toString(), "--properties", "formation_energy,density",
                "--out", out.toString()));
    }
}
