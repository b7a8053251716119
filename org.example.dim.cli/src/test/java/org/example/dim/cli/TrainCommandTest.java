package org.example.dim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.example.dim.engine.dim.DimConfig;
import org.example.dim.engine.dim.DimModelFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dim train} end to end on 160 real mp37k crystals, one epoch. */
class TrainCommandTest {

    @TempDir
    Path dir;

    @Test
    void generatedSamplesAreMadeTrainedOnAndRecordedWithTheModel() throws Exception {
        Path model = dir.resolve("m.dim");
        Path history = dir.resolve("h.csv");
        assertEquals(0, dim("train", data().toString(), "--epochs", "1", "--generate", "vacancy,thermal",
                "--out", model.toString(), "--history", history.toString()));
        DimModelFile.Contents c = DimModelFile.read(model);
        long generated = ((Number) c.training().get("generated_samples")).longValue();
        // A vacancy of every crystal with more than one site and a displaced copy of each: close to 2 per crystal.
        assertTrue(generated > 200 && generated <= 2 * 160, generated + " generated samples");
        assertEquals(List.of("vacancy", "thermal-displacement"), c.training().get("generated_kinds"));
        assertEquals("epoch,split,local_dim,local_kl,global_dim,global_kl", Files.readAllLines(history).get(0));
    }

    @Test
    void generatedSamplesNeedStructuresNotADatasetFile() throws Exception {
        Path dataset = dir.resolve("d.sitenet");
        assertEquals(0, dim("supercell", data().toString(), "--features", dataset.toString(), "--out",
                dir.resolve("s.csv").toString()));
        assertEquals(1, dim("train", dataset.toString(), "--epochs", "1", "--generate", "vacancy",
                "--out", dir.resolve("m.dim").toString()));
    }

    @Test
    void theArchitectureCanBeChangedAndTheModelRecordsIt() throws Exception {
        Path model = dir.resolve("small.dim");
        assertEquals(0, dim("train", data().toString(), "--epochs", "1", "--architecture",
                "local_dim=8,global_dim=16,local_activation=mish", "--out", model.toString()));
        DimConfig c = DimModelFile.read(model).config();
        assertEquals(8, c.localDim());
        assertEquals(16, c.globalDim());
        assertEquals(DimConfig.Activation.MISH, c.localActivation());
        Path embeddings = dir.resolve("e.csv");
        assertEquals(0, dim("embed", "--model", model.toString(), data().toString(), "--out", embeddings.toString()));
        String header = Files.readAllLines(embeddings).get(0);
        assertTrue(header.endsWith(",z15"), header);
        assertEquals(2, dim("train", data().toString(), "--architecture", "local_dim=eight", "--out",
                dir.resolve("x.dim").toString()), "a usage error");
        // The untrained baseline of the same architecture, and no second architecture for a model file.
        Path baseline = dir.resolve("u.csv");
        assertEquals(0, dim("embed", "--untrained", "--architecture", "local_dim=8,global_dim=16,local_activation=mish",
                data().toString(), "--out", baseline.toString()));
        assertEquals(header, Files.readAllLines(baseline).get(0));
        assertEquals(2, dim("embed", "--model", model.toString(), "--architecture", "local_dim=8", data().toString(),
                "--out", dir.resolve("v.csv").toString()));
    }

    private static Path data() throws Exception {
        return Path.of(TrainCommandTest.class.getClassLoader().getResource("mp37k_160.jsonl.gz").toURI());
    }

    private static int dim(String... args) {
        return new CommandLine(new DimCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
