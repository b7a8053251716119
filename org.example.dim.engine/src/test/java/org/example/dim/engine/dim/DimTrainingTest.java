package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Self-supervised training on real crystals lowers both DIM objectives below chance, reproducibly. */
class DimTrainingTest {

    @TempDir
    Path dir;

    private static final DimConfig FAST = DimConfig.paperDefaults().withLearningRate(1e-3);

    @Test
    void aShortCpuRunLowersLocalAndGlobalDimBelowChance() throws Exception {
        CrystalSource crystals = CrystalSource.of(RealCrystals.first(300));
        TrainingSettings settings = new TrainingSettings(12, 600, 0.15, 0, 7);
        try (DimModel model = new Nd4jDimModel(FAST, 7)) {
            DimTrainer.Result result = new DimTrainer(settings).train(model, crystals, TrainingProgress.NONE);
            Losses before = validation(result.history(), 0);
            Losses after = validation(result.history(), result.epochsRun());
            System.out.printf("DIM on 300 mp37k crystals, 12 epochs: validation local %.3f -> %.3f, global %.3f -> %.3f"
                    + " (chance %.3f)%n", before.localDim(), after.localDim(), before.globalDim(), after.globalDim(),
                    Losses.CHANCE);
            assertTrue(after.localDim() < before.localDim() - 0.1, "local DIM: " + before + " -> " + after);
            assertTrue(after.globalDim() < before.globalDim() - 0.05, "global DIM: " + before + " -> " + after);
            assertTrue(after.localDim() < Losses.CHANCE && after.globalDim() < Losses.CHANCE, after.toString());

            // The saved model gives bit-identical embeddings after loading.
            Path file = dir.resolve("m.dim");
            DimModelFile.save(file, model, Map.of("supercell_size", 50), Map.of("seed", 7), result.history());
            DimModelFile.Contents contents = DimModelFile.read(file);
            assertEquals(result.history(), contents.history());
            try (DimModel loaded = DimModelFile.load(contents)) {
                CrystalSource some = CrystalSource.of(RealCrystals.first(40));
                float[][] a = new DimEmbedder(model, 1200).embed(some, false, TrainingProgress.NONE);
                float[][] b = new DimEmbedder(loaded, 1200).embed(some, false, TrainingProgress.NONE);
                for (int i = 0; i < a.length; i++) {
                    assertArrayEquals(a[i], b[i]);
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameLossCurve() {
        CrystalSource crystals = CrystalSource.of(RealCrystals.first(60));
        TrainingSettings settings = new TrainingSettings(2, 300, 0.2, 0, 11);
        List<HistoryRow> first;
        try (DimModel model = new Nd4jDimModel(FAST, 11)) {
            first = new DimTrainer(settings).train(model, crystals, TrainingProgress.NONE).history();
        }
        try (DimModel model = new Nd4jDimModel(FAST, 11)) {
            List<HistoryRow> second = new DimTrainer(settings).train(model, crystals, TrainingProgress.NONE).history();
            assertEquals(first.size(), second.size());
            for (int i = 0; i < first.size(); i++) {
                Losses a = first.get(i).losses();
                Losses b = second.get(i).losses();
                // Single-threaded ops and a fixed split into two branches: identical to the bit.
                assertEquals(a, b, "epoch " + first.get(i).epoch());
            }
        }
    }

    @Test
    void cancellationStopsTrainingBeforeTheNextBatch() {
        CrystalSource crystals = CrystalSource.of(RealCrystals.first(60));
        CancelAfter cancelAfterTwo = new CancelAfter(2);
        try (DimModel model = new Nd4jDimModel(FAST, 3)) {
            assertThrows(CancellationException.class, () -> new DimTrainer(new TrainingSettings(5, 200, 0.1, 0, 3))
                    .train(model, crystals, cancelAfterTwo));
            assertEquals(2, cancelAfterTwo.calls);
        }
    }

    @Test
    void aRunResumedFromItsCheckpointEndsAsTheUninterruptedRun() throws Exception {
        CrystalSource crystals = CrystalSource.of(RealCrystals.first(60));
        TrainingSettings settings = new TrainingSettings(4, 300, 0.2, 2, 11);
        DimTrainer.Result whole;
        Map<String, float[]> wholeParameters;
        try (DimModel model = new Nd4jDimModel(FAST, 11)) {
            whole = new DimTrainer(settings).train(model, crystals, TrainingProgress.NONE);
            wholeParameters = model.parameters();
        }
        Path checkpoint = dir.resolve("run.dimckpt");
        TrainingProgress stopInEpochThree = new TrainingProgress() {
            private boolean third;

            @Override
            public void report(double fraction, String message) {
                third |= message.startsWith("epoch 3,");
            }

            @Override
            public boolean cancelled() {
                return third;
            }
        };
        try (DimModel model = new Nd4jDimModel(FAST, 11)) {
            assertThrows(CancellationException.class, () -> new DimTrainer(settings).checkpointingTo(checkpoint)
                    .train(model, crystals, stopInEpochThree));
        }
        // A fresh process would build the model anew: another seed proves the checkpoint sets everything.
        try (DimModel model = new Nd4jDimModel(FAST, 99)) {
            DimTrainer.Result resumed = new DimTrainer(settings).resume(model, crystals, checkpoint,
                    TrainingProgress.NONE);
            assertEquals(whole.history(), resumed.history());
            assertEquals(whole.bestEpoch(), resumed.bestEpoch());
            model.parameters().forEach((name, v) -> assertArrayEquals(wholeParameters.get(name), v, name));
        }
        try (DimModel model = new Nd4jDimModel(FAST, 11)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DimTrainer(
                    new TrainingSettings(4, 300, 0.2, 2, 12)).resume(model, crystals, checkpoint, TrainingProgress.NONE));
            assertTrue(e.getMessage().contains("checkpoint of another run"), e.getMessage());
        }
    }

    private static Losses validation(List<HistoryRow> history, int epoch) {
        return history.stream().filter(r -> r.epoch() == epoch && r.split().equals(HistoryRow.VALIDATION))
                .findFirst().orElseThrow().losses();
    }
}
