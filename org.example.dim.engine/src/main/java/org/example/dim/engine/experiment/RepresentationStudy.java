package org.example.dim.engine.experiment;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.example.dim.engine.dim.CrystalSource;
import org.example.dim.engine.dim.DimConfig;
import org.example.dim.engine.dim.DimEmbedder;
import org.example.dim.engine.dim.DimModel;
import org.example.dim.engine.dim.DimTrainer;
import org.example.dim.engine.dim.Nd4jDimModel;
import org.example.dim.engine.dim.TrainingProgress;
import org.example.dim.engine.dim.TrainingSettings;

/**
 * The representation-learning experiment end to end: fix the test crystals, pre-train DIM on all the
 * others without their labels (or take a given model), embed every crystal with the trained and with an
 * untrained model of the same architecture, and compare those embeddings and the element fractions
 * under label masking ({@link RepresentationExperiment}).
 */
public final class RepresentationStudy {

    public static final String DIM = "dim";
    public static final String UNTRAINED = "untrained";
    public static final String COMPOSITION = "composition";

    /** What was run and what it gave; {@code training} is null when a model was given. */
    public record Outcome(List<RepresentationExperiment.Result> results, DimTrainer.Result training, int[] test) {
    }

    private final DimConfig config;
    private final TrainingSettings pretraining;
    private final RepresentationExperiment experiment;
    private final LabelMasker masker;

    public RepresentationStudy(DimConfig config, TrainingSettings pretraining, LabelMasker masker, int[] labelCounts,
            int repeats, List<Regressor> models) {
        this.config = config;
        this.pretraining = pretraining;
        this.masker = masker;
        this.experiment = new RepresentationExperiment(masker, labelCounts, repeats, models);
    }

    /**
     * @param pretrained a trained model to use instead of pre-training, or null
     * @param pool       unlabelled crystals to pre-train on (see {@link #pretrainingSet}), or null
     * @param keep       receives the pre-trained model and its training before the model is closed (to save
     *                   it), or null
     */
    public Outcome run(LabelledDataset data, String target, DimModel pretrained, CrystalSource pool,
            BiConsumer<DimModel, DimTrainer.Result> keep, TrainingProgress progress) {
        double[] y = data.property(target);
        int[] test = masker.testRows(y);
        CrystalSource all = data.sources();
        DimTrainer.Result training = null;
        float[][] trained;
        if (pretrained == null) {
            try (Nd4jDimModel model = new Nd4jDimModel(config, pretraining.seed())) {
                training = new DimTrainer(pretraining).train(model, pretrainingSet(all, test, pool),
                        Phase.of(progress, 0, 0.7, "pre-training DIM"));
                trained = new DimEmbedder(model, pretraining.batchSites()).embed(all, false,
                        Phase.of(progress, 0.7, 0.8, "embedding with DIM"));
                if (keep != null) {
                    keep.accept(model, training);
                }
            }
        } else {
            trained = new DimEmbedder(pretrained, pretraining.batchSites()).embed(all, false,
                    Phase.of(progress, 0, 0.8, "embedding with DIM"));
        }
        float[][] untrained;
        try (Nd4jDimModel random = new Nd4jDimModel(pretrained != null ? pretrained.config() : config,
                pretraining.seed() + 1)) {
            untrained = new DimEmbedder(random, pretraining.batchSites()).embed(all, false,
                    Phase.of(progress, 0.8, 0.85, "embedding with an untrained model"));
        }
        Map<String, double[][]> representations = new LinkedHashMap<>();
        representations.put(DIM, widen(trained));
        representations.put(UNTRAINED, widen(untrained));
        representations.put(COMPOSITION, data.compositions());
        List<RepresentationExperiment.Result> results = experiment.run(representations, y, test,
                Phase.of(progress, 0.85, 1, "regression"));
        return new Outcome(results, training, test);
    }

    /**
     * What DIM pre-trains on, without labels: the unlabelled pool when one is given, less any crystal of the
     * test set (by id, so that one database may serve as both); else the labelled crystals outside the test set.
     * The test crystals never shape the encoder that embeds them.
     */
    public static CrystalSource pretrainingSet(CrystalSource labelled, int[] test, CrystalSource pool) {
        if (pool == null) {
            boolean[] isTest = new boolean[labelled.size()];
            for (int t : test) {
                isTest[t] = true;
            }
            return labelled.subset(IntStream.range(0, labelled.size()).filter(i -> !isTest[i]).toArray());
        }
        Set<String> testIds = new HashSet<>();
        for (int t : test) {
            testIds.add(labelled.id(t));
        }
        return pool.subset(IntStream.range(0, pool.size()).filter(i -> !testIds.contains(pool.id(i))).toArray());
    }

    /** Embeddings as the regressors take them. */
    public static double[][] widen(float[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) {
                out[i][j] = x[i][j];
            }
        }
        return out;
    }
}
