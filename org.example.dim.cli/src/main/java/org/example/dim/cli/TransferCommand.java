package org.example.dim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.example.dim.engine.dim.DimConfig;
import org.example.dim.engine.dim.DimModel;
import org.example.dim.engine.dim.DimModelFile;
import org.example.dim.engine.dim.DimTrainer;
import org.example.dim.engine.dim.FineTuneSettings;
import org.example.dim.engine.dim.Nd4jDimModel;
import org.example.dim.engine.dim.TrainingSettings;
import org.example.dim.engine.dim.TransferExperiment;
import org.example.dim.engine.experiment.LabelMasker;
import org.example.dim.engine.experiment.LabelledDataset;
import org.example.dim.engine.experiment.RepresentationExperiment;
import org.example.dim.engine.experiment.RepresentationStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dim experiment transfer}: Site-Net fine-tuned from DIM weights vs from random weights. */
@Command(name = "transfer", mixinStandardHelpOptions = true,
        description = "Transfer learning (DIM paper Fig. 7): Site-Net fine-tuned on N labels from a DIM model's encoder "
                + "and from random weights; writes DIR/results.csv (representation dim or random) and a box plot.")
final class TransferCommand implements Callable<Integer> {

    @Mixin
    ExperimentOptions experiment;

    @Option(names = "--finetune-epochs", defaultValue = "40", description = "Most fine-tuning epochs (default: ${DEFAULT-VALUE})")
    int finetuneEpochs;

    @Option(names = "--patience", defaultValue = "10", description = "Stop fine-tuning after this many epochs without a better validation MAE (default: ${DEFAULT-VALUE})")
    int patience;

    @Mixin
    FeaturizationOptions featurization;

    @Override
    public Integer call() throws Exception {
        ExperimentOptions e = experiment;
        LabelledDataset data = ReprCommand.read(e.data, e.labelTable, featurization);
        double[] y = data.property(e.target);
        LabelMasker masker = new LabelMasker(e.testFraction, e.seed);
        int[] test = masker.testRows(y);
        List<TransferExperiment.Labelled> runs = new ArrayList<>();
        for (int n : e.labels) {
            for (int r = 1; r <= e.repeats; r++) {
                runs.add(new TransferExperiment.Labelled(n, r, masker.mask(y, test, n, r).labelled()));
            }
        }
        Files.createDirectories(e.out);
        List<TransferExperiment.Run> results;
        try (ConsoleProgress progress = new ConsoleProgress(System.err);
             DimModel pretrained = e.model != null ? DimModelFile.load(DimModelFile.read(e.model))
                     : pretrain(data, test, e, progress)) {
            results = new TransferExperiment(pretrained.config(), new FineTuneSettings(finetuneEpochs, 1200, 0.05,
                    patience, e.seed)).run(pretrained, data.sources(), y, test, runs, progress);
        }
        ExperimentOutputs.write(e.out, results.stream().map(r -> new RepresentationExperiment.Result(
                r.representation(), "sitenet", r.labels(), r.repeat(), r.mae())).toList(), e.target, System.out);
        System.err.printf("results in %s%n", e.out);
        return 0;
    }

    /** DIM without labels on the pool (or the labelled crystals outside the test set); saved next to the results. */
    private DimModel pretrain(LabelledDataset data, int[] test, ExperimentOptions e, ConsoleProgress progress)
            throws Exception {
        TrainingSettings settings = new TrainingSettings(e.epochs, 1200, 0.05, 0, e.seed);
        Nd4jDimModel m = new Nd4jDimModel(DimConfig.paperDefaults(), e.seed);
        DimTrainer.Result training;
        try (ModelInputs pool = e.pretrain == null ? null
                : ModelInputs.open(e.pretrain, featurization, featurization.settings())) {
            training = new DimTrainer(settings).train(m, RepresentationStudy.pretrainingSet(data.sources(), test,
                    pool == null ? null : pool.crystals()), progress);
        }
        ReprCommand.save(m, training.describe(settings, m.device()), training.history(), e.out.resolve("dim.dim"),
                featurization);
        return m;
    }
}
