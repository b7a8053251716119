package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.example.dim.engine.dataset.SiteNetBatch;
import org.example.dim.engine.sitenet.SiteNetInput;
import org.junit.jupiter.api.Test;

/** Supervised fine-tuning of Site-Net: gradients, learning, transfer of DIM weights, cancellation. */
class FineTunerTest {

    private static final DimConfig SMALL = DimConfig.paperDefaults().withLearningRate(1e-3);

    @Test
    void gradientsAgreeWithFiniteDifferencesForEveryParameter() {
        List<SiteNetInput> crystals = RealCrystals.first(16);
        double[] y = formationEnergies(crystals);
        SiteNetBatch batch = SiteNetBatch.pack(crystals);
        // Mish everywhere: smooth, so that central differences converge (ReLU's kinks bias them; the ReLU
        // backward is checked against automatic differentiation in Nd4jDimModelTest).
        DimConfig smooth = DimConfig.paperDefaults().withLocalActivation(DimConfig.Activation.MISH);
        try (SiteNetRegressor model = new SiteNetRegressor(smooth, 3)) {
            model.setLabelScaling(Arrays.stream(y).average().orElseThrow(), 1.0);
            model.lossAndGradients(batch, y);
            Map<String, float[]> g = model.gradients();
            Map<String, float[]> theta = model.parameters();
            int checked = 0;
            for (String name : theta.keySet()) {
                float[] grad = g.get(name);
                double norm = Math.sqrt(dot(grad, grad));
                if (name.contains("logvar")) {
                    assertEquals(0, norm, name + ": the noise takes no part in regression");
                    continue;
                }
                if (norm < 1e-6) {
                    continue; // the attention logit's bias: softmax removes it, zero up to rounding
                }
                // Step along the gradient: the central difference must equal |g| (a wrong gradient gives less,
                // a wrong scale more).
                double eps = 2e-3;
                double plus = lossAt(model, theta, name, grad, eps / norm, batch, y);
                double minus = lossAt(model, theta, name, grad, -eps / norm, batch, y);
                double slope = (plus - minus) / (2 * eps);
                assertEquals(norm, slope, 0.01 * norm + 2e-5, name);
                checked++;
            }
            model.setParameters(theta);
            assertTrue(checked >= 30, "checked " + checked + " parameters");
        }
    }

    @Test
    void fineTuningLearnsFormationEnergyFarBetterThanTheMean() {
        List<SiteNetInput> crystals = RealCrystals.first(400);
        double[] y = formationEnergies(crystals);
        CrystalSource all = CrystalSource.of(crystals.subList(0, 320));
        double[] trainLabels = Arrays.copyOf(y, 320);
        CrystalSource test = CrystalSource.of(crystals.subList(320, 400));
        double[] testLabels = Arrays.copyOfRange(y, 320, 400);
        try (SiteNetRegressor model = new SiteNetRegressor(SMALL, 5)) {
            FineTuner.Result result = new FineTuner(new FineTuneSettings(25, 1200, 0.1, 0, 5))
                    .train(model, all, trainLabels, TrainingProgress.NONE);
            double mae = FineTuner.meanAbsoluteError(model.predict(test, 1200), testLabels);
            double mean = Arrays.stream(trainLabels).average().orElseThrow();
            double[] constant = new double[testLabels.length];
            Arrays.fill(constant, mean);
            double baseline = FineTuner.meanAbsoluteError(constant, testLabels);
            System.out.printf("fine-tuned Site-Net on 288 crystals: test MAE %.3f eV/atom, predicting the mean %.3f"
                    + " (best epoch %d)%n", mae, baseline, result.bestEpoch());
            assertEquals(25, result.history().size());
            assertEquals(288, result.trainCrystals());
            assertEquals(32, result.validationCrystals());
            assertTrue(mae < 0.6 * baseline, "test MAE " + mae + " vs " + baseline + " for the mean");
            // The kept parameters are the best epoch's: predicting validation again gives its MAE.
            double best = result.history().get(result.bestEpoch() - 1).validationMae();
            assertEquals(result.history().stream().mapToDouble(FineTuner.Epoch::validationMae).min().orElseThrow(),
                    best);
        }
    }

    @Test
    void startingFromDimCopiesTheEncoderAndKeepsTheHeadsInitialisation() {
        try (Nd4jDimModel dim = new Nd4jDimModel(DimConfig.paperDefaults(), 8);
                SiteNetRegressor fromDim = new SiteNetRegressor(DimConfig.paperDefaults(), 2);
                SiteNetRegressor random = new SiteNetRegressor(DimConfig.paperDefaults(), 2)) {
            fromDim.startFrom(dim);
            Map<String, float[]> trained = dim.parameters();
            Map<String, float[]> initial = random.parameters();
            fromDim.parameters().forEach((name, v) -> {
                if (name.startsWith(RegressionHead.PREFIX)) {
                    assertArrayEquals(initial.get(name), v, name);
                } else {
                    assertArrayEquals(trained.get(name), v, name);
                    if (name.endsWith("_W")) { // random weights, unlike LayerNorm's 1 and 0
                        assertNotEquals(Arrays.hashCode(initial.get(name)), Arrays.hashCode(v), name);
                    }
                }
            });
            // The regressor's encoder is the DIM model's: the same crystal representation feeds the head.
            SiteNetBatch batch = SiteNetBatch.pack(RealCrystals.first(5));
            assertNotEquals(Arrays.toString(random.predict(batch)), Arrays.toString(fromDim.predict(batch)));
        }
        DimConfig wider = new DimConfig(64, 64, 64, 48, 64, 64, 128, 128, DimConfig.Activation.RELU,
                DimConfig.Activation.MISH, 1, 0.1, 1e-4, 1e-4, DimConfig.paperDefaults().falseSamples());
        try (Nd4jDimModel other = new Nd4jDimModel(wider, 1);
                SiteNetRegressor model = new SiteNetRegressor(DimConfig.paperDefaults(), 1)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.startFrom(other));
            assertTrue(e.getMessage().contains("z_W"), e.getMessage());
        }
    }

    @Test
    void cancellationStopsFineTuningWithinABatch() {
        List<SiteNetInput> crystals = RealCrystals.first(120);
        CancelAfter cancelAfterThree = new CancelAfter(3);
        try (SiteNetRegressor model = new SiteNetRegressor(SMALL, 1)) {
            assertThrows(CancellationException.class, () -> new FineTuner(new FineTuneSettings(5, 300, 0.1, 0, 1))
                    .train(model, CrystalSource.of(crystals), formationEnergies(crystals), cancelAfterThree));
            assertEquals(3, cancelAfterThree.calls);
        }
    }

    @Test
    void crystalsWithoutALabelTakeNoPart() {
        List<SiteNetInput> crystals = RealCrystals.first(40);
        double[] y = formationEnergies(crystals);
        for (int i = 0; i < y.length; i += 4) {
            y[i] = Double.NaN;
        }
        try (SiteNetRegressor model = new SiteNetRegressor(SMALL, 1)) {
            FineTuner.Result r = new FineTuner(new FineTuneSettings(1, 1200, 0.1, 0, 1))
                    .train(model, CrystalSource.of(crystals), y, TrainingProgress.NONE);
            assertEquals(30, r.trainCrystals() + r.validationCrystals());
            assertTrue(Double.isFinite(r.history().get(0).validationMae()));
        }
    }

    @Test
    void aFineTunedModelFileEmbedsWithTheFineTunedEncoderAndPredictsAsTheRegressor() throws Exception {
        List<SiteNetInput> crystals = RealCrystals.first(40);
        CrystalSource source = CrystalSource.of(crystals);
        try (SiteNetRegressor tuned = new SiteNetRegressor(SMALL, 2); Nd4jDimModel dim = new Nd4jDimModel(SMALL, 9)) {
            new FineTuner(new FineTuneSettings(2, 1200, 0.2, 0, 2)).train(tuned, source, formationEnergies(crystals),
                    TrainingProgress.NONE);
            float[][] before = new DimEmbedder(dim, 1200).embed(source, false, TrainingProgress.NONE);
            tuned.copyEncoderTo(dim);
            float[][] fineTunedEmbedding = new DimEmbedder(dim, 1200).embed(source, false, TrainingProgress.NONE);
            assertNotEquals(before[0][0], fineTunedEmbedding[0][0], "the encoder was replaced");
            byte[] file = DimModelFile.toBytes(dim, tuned, "formation_energy_per_atom", Map.of("supercell_size", 50),
                    Map.of("seed", 2), List.of());
            DimModelFile.Contents contents = DimModelFile.fromBytes(file, "test");
            assertEquals("formation_energy_per_atom", contents.fineTunedLabel().orElseThrow());
            try (Nd4jDimModel embeds = DimModelFile.load(contents);
                    SiteNetRegressor predicts = DimModelFile.loadRegressor(contents)) {
                float[][] again = new DimEmbedder(embeds, 1200).embed(source, false, TrainingProgress.NONE);
                for (int i = 0; i < again.length; i++) {
                    assertArrayEquals(fineTunedEmbedding[i], again[i]);
                }
                assertArrayEquals(tuned.predict(source, 1200), predicts.predict(source, 1200));
                // One pass of the regressor gives the DIM model's vectors (G and local means) and the predictions.
                for (boolean localMean : new boolean[] {false, true}) {
                    DimEmbedder.Embeddings onePass = new DimEmbedder(predicts, 1200).embedAndPredict(source,
                            localMean, TrainingProgress.NONE);
                    float[][] dimVectors = new DimEmbedder(embeds, 1200).embed(source, localMean,
                            TrainingProgress.NONE);
                    for (int i = 0; i < dimVectors.length; i++) {
                        assertArrayEquals(dimVectors[i], onePass.vectors()[i], "crystal " + i + ", local " + localMean);
                    }
                    assertArrayEquals(tuned.predict(source, 1200), onePass.predictions());
                }
                assertNull(new DimEmbedder(embeds, 1200).embedAndPredict(source, false, TrainingProgress.NONE)
                        .predictions(), "a DIM model predicts nothing");
            }
            // A self-supervised model file embeds but does not predict.
            DimModelFile.Contents plain = DimModelFile.fromBytes(DimModelFile.toBytes(dim, Map.of(), Map.of(),
                    List.of()), "plain");
            assertTrue(plain.fineTunedLabel().isEmpty());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> DimModelFile.loadRegressor(plain));
            assertTrue(e.getMessage().contains("without labels"), e.getMessage());
        }
    }

    private static double lossAt(SiteNetRegressor model, Map<String, float[]> theta, String name, float[] direction,
            double step, SiteNetBatch batch, double[] y) {
        Map<String, float[]> moved = new HashMap<>(theta);
        float[] v = theta.get(name).clone();
        for (int i = 0; i < v.length; i++) {
            v[i] += (float) (step * direction[i]);
        }
        moved.put(name, v);
        model.setParameters(moved);
        return model.lossAndGradients(batch, y);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    /** Formation energies (eV/atom) of Materials Project's records, by material id, from the test resources. */
    static double[] formationEnergies(List<SiteNetInput> crystals) {
        try {
            Path file = Path.of(FineTunerTest.class.getClassLoader().getResource("sitenet/mp37k_reference_labels.csv")
                    .toURI());
            Map<String, Double> byId = new HashMap<>();
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.split(",");
                byId.put(f[0], Double.parseDouble(f[1]));
            }
            return crystals.stream().mapToDouble(c -> byId.get(c.id())).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
