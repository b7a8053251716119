package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.example.dim.engine.dataset.SiteNetBatch;
import org.example.dim.engine.falsesample.GeneratedBatch;
import org.example.dim.engine.falsesample.GeneratedInput;
import org.example.dim.engine.falsesample.InBatchFalseSamples;
import org.example.dim.engine.falsesample.InBatchFalseSampler;
import org.example.dim.engine.sitenet.SiteNetInput;
import org.junit.jupiter.api.Test;

/**
 * Generated false and adjunctive true samples in the global objective: they leave the local encoder's
 * gradients untouched (isolation), and the gradients they add are those of the loss they add (central
 * differences, smooth activations everywhere).
 */
class GeneratedSamplesModelTest {

    private static final DimConfig SMOOTH = DimConfig.paperDefaults().withLocalActivation(DimConfig.Activation.MISH);

    @Test
    void generatedSamplesChangeOnlyTheGlobalSideAndItsGradientsAreExact() {
        List<SiteNetInput> crystals = RealCrystals.first(36);
        SiteNetBatch batch = SiteNetBatch.pack(crystals.subList(0, 24));
        GeneratedBatch generated = generatedFrom(crystals.subList(24, 36));
        InBatchFalseSamples samples = new InBatchFalseSampler(SMOOTH.falseSamples()).sample(batch, new Random(1));
        try (Nd4jDimModel model = new Nd4jDimModel(SMOOTH, 7)) {
            Map<String, float[]> without = model.gradients(batch, samples, GeneratedBatch.NONE, new Random(2));
            Map<String, float[]> with = model.gradients(batch, samples, generated, new Random(2));
            Losses plain = model.evaluate(batch, samples, new Random(2));
            Losses more = model.evaluate(batch, samples, generated, new Random(2));
            assertEquals(plain.localDim(), more.localDim(), "local DIM must not see generated samples");
            assertTrue(Math.abs(plain.globalDim() - more.globalDim()) > 1e-4, "global DIM unchanged: " + more);

            Map<String, float[]> theta = model.parameters();
            int changed = 0;
            for (String name : with.keySet()) {
                float[] a = without.get(name);
                float[] b = with.get(name);
                double diff = 0;
                for (int i = 0; i < a.length; i++) {
                    diff += Math.abs(a[i] - b[i]);
                }
                if (diff == 0) {
                    continue;
                }
                changed++;
                assertTrue(isGlobalSide(name), name + ": a local parameter's gradient changed");
                // Step along the full gradient: the loss's central difference must equal |g|.
                double norm = Math.sqrt(dot(b, b));
                double eps = 1e-3;
                double plus = objectiveAt(model, theta, name, b, eps / norm, batch, samples, generated);
                double minus = objectiveAt(model, theta, name, b, -eps / norm, batch, samples, generated);
                assertEquals(norm, (plus - minus) / (2 * eps), 0.02 * norm + 2e-5, name);
            }
            model.setParameters(theta);
            assertTrue(changed >= 8, "only " + changed + " parameters saw the generated samples");
        }
    }

    @Test
    void aBatchWithoutGeneratedSamplesTrainsAsBefore() {
        List<SiteNetInput> crystals = RealCrystals.first(24);
        SiteNetBatch batch = SiteNetBatch.pack(crystals);
        InBatchFalseSamples samples = new InBatchFalseSampler(SMOOTH.falseSamples()).sample(batch, new Random(1));
        try (Nd4jDimModel a = new Nd4jDimModel(SMOOTH, 3); Nd4jDimModel b = new Nd4jDimModel(SMOOTH, 3)) {
            a.trainStep(batch, samples, new Random(5));
            b.trainStep(batch, samples, GeneratedBatch.of(List.of()), new Random(5));
            for (Map.Entry<String, float[]> e : a.parameters().entrySet()) {
                assertArrayEquals(e.getValue(), b.parameters().get(e.getKey()), e.getKey());
            }
        }
    }

    /** Crystal c of the batch gets structure c as a false sample, and every third one also as a true sample. */
    private static GeneratedBatch generatedFrom(List<SiteNetInput> structures) {
        List<List<GeneratedInput>> perCrystal = new ArrayList<>();
        for (int c = 0; c < structures.size(); c++) {
            List<GeneratedInput> own = new ArrayList<>();
            own.add(new GeneratedInput(structures.get(c), false));
            if (c % 3 == 0) {
                own.add(new GeneratedInput(structures.get((c + 1) % structures.size()), true));
            }
            perCrystal.add(own);
        }
        return GeneratedBatch.of(perCrystal);
    }

    private static boolean isGlobalSide(String name) {
        return name.startsWith("global_query") || name.startsWith("environment_sample") || name.startsWith("prepool")
                || name.startsWith("postpool") || name.startsWith("G_");
    }

    private static double objectiveAt(Nd4jDimModel model, Map<String, float[]> theta, String name, float[] direction,
            double step, SiteNetBatch batch, InBatchFalseSamples samples, GeneratedBatch generated) {
        float[] moved = theta.get(name).clone();
        for (int i = 0; i < moved.length; i++) {
            moved[i] += (float) (step * direction[i]);
        }
        Map<String, float[]> values = new java.util.HashMap<>(theta);
        values.put(name, moved);
        model.setParameters(values);
        Losses l = model.evaluate(batch, samples, generated, new Random(2));
        return SMOOTH.dimWeight() * (l.localDim() + l.globalDim()) + SMOOTH.klWeight() * (l.localKl() + l.globalKl());
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }
}
