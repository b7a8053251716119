package org.example.dim.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.example.dim.engine.dim.TrainingProgress;
import org.junit.jupiter.api.Test;

/** Importances on data whose answer is known by construction. */
class FeatureImportanceTest {

    @Test
    void aPropertyThatDeterminesTheTargetIsSignificantAndNoiseIsNot() {
        Random r = new Random(2);
        int n = 400;
        double[][] rep = new double[n][2];
        double[] a = new double[n];
        double[] noise = new double[n];
        double[] category = new double[n];
        double[] b = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            rep[i][0] = r.nextGaussian();
            rep[i][1] = r.nextGaussian();
            a[i] = r.nextGaussian();
            noise[i] = r.nextGaussian();
            category[i] = 1 + r.nextInt(3);
            b[i] = 3 * a[i] + 0.5 * rep[i][0] + 0.05 * r.nextGaussian();
            // A category effect that no line in the category number can express: 0, +5, -5.
            c[i] = new double[] {0, 5, -5}[(int) category[i] - 1] + 0.05 * r.nextGaussian();
        }
        Map<String, double[]> properties = Map.of("a", a, "noise", noise, "b", b, "c", c,
                LabelledCrystal.CRYSTAL_SYSTEM, category);
        List<FeatureImportance.Cell> cells = new FeatureImportance(Regressor.named("linear"), 5).run(rep, properties,
                List.of("b", "c"), List.of("a", "noise", "b", LabelledCrystal.CRYSTAL_SYSTEM), TrainingProgress.NONE);
        assertEquals(8, cells.size());
        FeatureImportance.Cell ab = find(cells, "b", "a");
        assertTrue(ab.significant() && ab.maxPct() < -80, ab.toString());
        FeatureImportance.Cell noiseB = find(cells, "b", "noise");
        assertTrue(Math.abs(noiseB.meanPct()) < 3, noiseB.toString());
        FeatureImportance.Cell diagonal = find(cells, "b", "b");
        assertTrue(diagonal.meanPct() < -99, "augmenting with the target itself is trivial: " + diagonal);
        FeatureImportance.Cell oneHot = find(cells, "c", LabelledCrystal.CRYSTAL_SYSTEM);
        assertTrue(oneHot.significant() && oneHot.meanPct() < -95, "one-hot encoded category: " + oneHot);
        assertFalse(find(cells, "c", "a").significant() && find(cells, "c", "a").meanPct() < -10);
        assertEquals(5, ab.baselineBySeed().length);
        assertEquals((ab.augmentedMae() - ab.baselineMae()) / ab.baselineMae() * 100, ab.meanPct(), 5,
                "the mean of the per-seed changes is close to the change of the mean MAEs");
    }

    @Test
    void anUnknownPropertyIsNamedWithTheOnesThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FeatureImportance(Regressor.named("linear"), 5).run(new double[][] {{1}},
                        Map.of("band_gap", new double[] {1}), List.of("band_gap"), List.of("gap"), TrainingProgress.NONE));
        assertEquals("no property 'gap'; there are [band_gap]", e.getMessage());
    }

    private static FeatureImportance.Cell find(List<FeatureImportance.Cell> cells, String target, String feature) {
        return cells.stream().filter(c -> c.target().equals(target) && c.feature().equals(feature)).findFirst()
                .orElseThrow();
    }
}
