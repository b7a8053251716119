package org.example.dim.update;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.example.dim.engine.cif.CifReader;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.dim.CrystalSource;
import org.example.dim.engine.dim.DimConfig;
import org.example.dim.engine.dim.DimTrainer;
import org.example.dim.engine.dim.HistoryRow;
import org.example.dim.engine.dim.Nd4jDimModel;
import org.example.dim.engine.dim.TrainingProgress;
import org.example.dim.engine.dim.TrainingSettings;
import org.example.dim.engine.io.CifSource;
import org.example.dim.engine.io.CifSources;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.FeaturizedCrystal;
import org.example.dim.engine.sitenet.SiteNetInput;
import org.example.dim.engine.sitenet.SiteNetFeaturizer;
import org.nd4j.common.config.ND4JClassLoading;

/**
 * Runs inside Equinox, in a bundle of its own that requires the engine bundle: reads CIFs, featurises them and
 * trains a DIM model for one epoch. Its interface is a JDK type, so that the test outside the framework can call it.
 * Returns "backend|epochs run|history rows|last training loss".
 */
public final class EngineProbe implements Function<String, String> {

    @Override
    public String apply(final String cifFolder) {
        ND4JClassLoading.setNd4jClassloaderFromClass(Nd4jDimModel.class);
        CifReader reader = new CifReader();
        SiteNetFeaturizer featurizer = new SiteNetFeaturizer(FeaturizationSettings.deepInfoMaxDefaults()
            .withSupercellSize(16));
        List<SiteNetInput> crystals = new ArrayList<>();
        try (Stream<CifSource> sources = CifSources.open(List.of(Path.of(cifFolder)))) {
            sources.forEach(s -> {
                for (CrystalRecord r : reader.read(s)) {
                    FeaturizedCrystal f = featurizer.featurize(r);
                    if (f.ok()) {
                        crystals.add(f.input());
                    }
                }
            });
        }
        try (Nd4jDimModel model = new Nd4jDimModel(DimConfig.paperDefaults(), 1)) {
            DimTrainer.Result result = new DimTrainer(new TrainingSettings(1, 1200, 0, 0, 1)).train(model,
                CrystalSource.of(crystals), TrainingProgress.NONE);
            HistoryRow last = result.history().get(result.history().size() - 1);
            return model.device() + "|" + result.epochsRun() + "|" + result.history().size() + "|"
                + last.losses().localDim();
        }
    }
}
