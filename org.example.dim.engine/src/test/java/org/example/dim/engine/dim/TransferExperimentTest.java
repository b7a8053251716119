package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.example.dim.engine.sitenet.SiteNetInput;
import org.junit.jupiter.api.Test;

/** Paired fine-tuning from DIM and from random weights on the same labelled crystals. */
class TransferExperimentTest {

    @Test
    void everyRepeatFineTunesBothStartsAndScoresTheSameTestSet() {
        List<SiteNetInput> crystals = RealCrystals.first(90);
        double[] y = FineTunerTest.formationEnergies(crystals);
        int[] test = IntStream.range(60, 90).toArray();
        List<TransferExperiment.Labelled> runs = List.of(
                new TransferExperiment.Labelled(20, 1, IntStream.range(0, 20).toArray()),
                new TransferExperiment.Labelled(20, 2, IntStream.range(20, 40).toArray()));
        FineTuneSettings settings = new FineTuneSettings(2, 1200, 0.2, 0, 3);
        try (Nd4jDimModel pretrained = new Nd4jDimModel(DimConfig.paperDefaults(), 1)) {
            List<TransferExperiment.Run> first = new TransferExperiment(DimConfig.paperDefaults(), settings)
                    .run(pretrained, CrystalSource.of(crystals), y, test, runs, TrainingProgress.NONE);
            assertEquals(4, first.size());
            assertEquals(List.of("dim", "random", "dim", "random"),
                    first.stream().map(TransferExperiment.Run::representation).toList());
            first.forEach(r -> assertTrue(r.mae() > 0 && r.mae() < 10, r.toString()));
            // Different starting encoders give different models on the same data.
            assertNotEquals(first.get(0).mae(), first.get(1).mae());
            List<TransferExperiment.Run> again = new TransferExperiment(DimConfig.paperDefaults(), settings)
                    .run(pretrained, CrystalSource.of(crystals), y, test, runs, TrainingProgress.NONE);
            assertEquals(first, again, "seeded: the same runs give the same errors");
        }
    }
}
