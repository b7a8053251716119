package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.falsesample.FalseSampleGenerator;
import org.example.dim.engine.falsesample.GeneratedInput;
import org.example.dim.engine.falsesample.GeneratedInputs;
import org.example.dim.engine.falsesample.GeneratedKind;
import org.example.dim.engine.falsesample.GeneratorOptions;
import org.example.dim.engine.falsesample.InBatchFalseSampler;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.SiteNetFeaturizer;
import org.junit.jupiter.api.Test;

/** Training with samples generated before training, and with a validation set the user chose. */
class GeneratedSamplesTrainingTest {

    private static final DimConfig FAST = DimConfig.paperDefaults().withLearningRate(1e-3);

    @Test
    void trainingWithGeneratedFalseSamplesTeachesTheModelToRejectThem() {
        List<CrystalRecord> records = RealCrystals.records(120);
        CrystalSource plain = CrystalSource.of(RealCrystals.first(120));
        CrystalSource withGenerated = plain.withGenerated(generated(records,
                EnumSet.of(GeneratedKind.DISSIMILAR_SUBSTITUTION, GeneratedKind.VACANCY)));
        assertTrue(withGenerated.generatedCount() > 150, withGenerated.generatedCount() + " samples");
        TrainingSettings settings = new TrainingSettings(6, 600, 0, 0, 3);
        try (DimModel taught = new Nd4jDimModel(FAST, 3); DimModel naive = new Nd4jDimModel(FAST, 3)) {
            DimTrainer.Result r = new DimTrainer(settings).train(taught, withGenerated, TrainingProgress.NONE);
            new DimTrainer(settings).train(naive, plain, TrainingProgress.NONE);
            assertEquals(withGenerated.generatedCount(), r.generatedSamples());
            assertEquals(withGenerated.generatedCount(), r.describe(settings, "cpu").get("generated_samples"));
            // What the generated samples add to the global loss: their own Jensen–Shannon terms, at chance
            // ln 2 × 1/4 (each crystal's generated false samples weigh as one of its four false kinds).
            double chance = Math.log(2) / 4;
            double taughtLoss = globalDim(taught, withGenerated) - globalDim(taught, plain);
            double naiveLoss = globalDim(naive, withGenerated) - globalDim(naive, plain);
            System.out.printf("generated samples' share of the global DIM loss: trained with them %.4f, without %.4f"
                    + " (chance %.4f)%n", taughtLoss, naiveLoss, chance);
            assertTrue(naiveLoss > 0.9 * chance, "without them, the samples are not told apart: " + naiveLoss);
            assertTrue(taughtLoss < naiveLoss - 0.015 && taughtLoss < 0.9 * chance, taughtLoss + " vs " + naiveLoss);
        }
    }

    @Test
    void aGivenValidationSetIsUsedWhole() {
        CrystalSource all = CrystalSource.of(RealCrystals.first(80));
        CrystalSource train = all.subset(range(0, 60));
        CrystalSource validation = all.subset(range(60, 80));
        try (DimModel model = new Nd4jDimModel(FAST, 4)) {
            DimTrainer.Result r = new DimTrainer(new TrainingSettings(1, 600, 0.5, 0, 4))
                    .train(model, train, validation, TrainingProgress.NONE);
            assertEquals(60, r.trainCrystals());
            assertEquals(20, r.validationCrystals());
            assertEquals(List.of(HistoryRow.TRAIN, HistoryRow.VALIDATION, HistoryRow.TRAIN, HistoryRow.VALIDATION),
                    r.history().stream().map(HistoryRow::split).toList());
        }
    }

    @Test
    void samplesGeneratedOnTwoThreadsAreThoseMadeOneByOne() {
        List<CrystalRecord> records = RealCrystals.records(60);
        EnumSet<GeneratedKind> kinds = EnumSet.allOf(GeneratedKind.class);
        Map<Integer, List<GeneratedInput>> oneByOne = generated(records, kinds);
        List<List<GeneratedInput>> parallel = new java.util.ArrayList<>();
        GeneratedInputs.generateAll(new FalseSampleGenerator(GeneratorOptions.defaults().withKinds(kinds)),
                new SiteNetFeaturizer(FeaturizationSettings.deepInfoMaxDefaults()),
                records.stream().map(CrystalRecord::block).toList(),
                records.stream().map(CrystalRecord::structure).toList(), 100, 2, parallel::add);
        assertEquals(records.size(), parallel.size());
        int samples = 0;
        for (int i = 0; i < records.size(); i++) {
            List<GeneratedInput> expected = oneByOne.get(i);
            assertEquals(expected.size(), parallel.get(i).size(), "structure " + i);
            for (int k = 0; k < expected.size(); k++) {
                GeneratedInput a = expected.get(k);
                GeneratedInput b = parallel.get(i).get(k);
                assertEquals(a.input().id(), b.input().id());
                assertEquals(a.trueSample(), b.trueSample());
                assertArrayEquals(a.input().atomicNumbers(), b.input().atomicNumbers(), a.input().id());
                assertArrayEquals(a.input().distances(), b.input().distances(), a.input().id());
                samples++;
            }
        }
        assertTrue(samples > 4 * records.size(), samples + " samples from " + records.size() + " structures");
    }

    private static Map<Integer, List<GeneratedInput>> generated(List<CrystalRecord> records, EnumSet<GeneratedKind> kinds) {
        FalseSampleGenerator generator = new FalseSampleGenerator(GeneratorOptions.defaults().withKinds(kinds));
        SiteNetFeaturizer featurizer = new SiteNetFeaturizer(FeaturizationSettings.deepInfoMaxDefaults());
        Map<Integer, List<GeneratedInput>> out = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            out.put(i, GeneratedInputs.generate(generator, featurizer, records.get(i).block(),
                    records.get(i).structure(), 100 + i));
        }
        return out;
    }

    /** The global DIM loss over all crystals with their generated samples, fixed noise and false samples. */
    private static double globalDim(DimModel model, CrystalSource source) {
        int[] all = range(0, source.size());
        return model.evaluate(DimTrainer.pack(source, all), new InBatchFalseSampler(model.config().falseSamples())
                .sample(DimTrainer.pack(source, all), new Random(9)), DimTrainer.generated(source, all),
                new Random(10)).globalDim();
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }
}
