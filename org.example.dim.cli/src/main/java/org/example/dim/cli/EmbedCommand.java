package org.example.dim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.example.dim.engine.dim.DimEmbedder;
import org.example.dim.engine.dim.DimModel;
import org.example.dim.engine.dim.DimModelFile;
import org.example.dim.engine.dim.Nd4jDimModel;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.FeaturizedCrystal;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dim embed}: crystal embeddings from a trained model, or from an untrained one (the baseline). */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = "Embed crystals with a trained DIM model (--model) or a random-weight one (--untrained).")
final class EmbedCommand implements Callable<Integer> {

    static final class Which {
        @Option(names = "--model", paramLabel = "model.dim", description = "A model written by dim train")
        Path model;

        @Option(names = "--untrained", description = "A model of the same architecture with random weights (seeded)")
        boolean untrained;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "CIF files, folders, .jsonl(.gz) files (not .sitenet: rows need their source)")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "embeddings.csv", description = "Write the embeddings here (default: standard output)")
    Path out;

    @Option(names = "--seed", description = "Seed of the untrained model's weights (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--architecture", paramLabel = "NAME=VALUE,...", description = "With --untrained: the model's"
            + " changes to the paper's, as dim train --architecture (a model file has its own)")
    String architecture;

    @Spec
    CommandSpec spec;

    @Option(names = "--local", description = "The mean local representation (32) instead of the crystal one (64)")
    boolean local;

    @Mixin
    FeaturizationOptions featurization;

    @Override
    public Integer call() throws Exception {
        DimModel model;
        FeaturizationSettings settings;
        if (which.model != null && architecture != null) {
            throw new ParameterException(spec.commandLine(), "--architecture is for --untrained: " + which.model
                    + " has its own");
        }
        if (which.model != null) {
            DimModelFile.Contents contents = DimModelFile.read(which.model);
            model = DimModelFile.load(contents);
            // Embed exactly as the model was trained: its featurisation, not the command's.
            settings = FeaturizationSettings.fromDescription(contents.featurization());
        } else {
            model = new Nd4jDimModel(TrainCommand.architecture(spec, architecture), seed);
            settings = featurization.settings();
        }
        if (FeaturizationOptions.isDatasetFile(inputs)) {
            throw new IllegalArgumentException("dim embed reads CIF inputs, so that every row names its source and "
                    + "block; give the CIFs the .sitenet file was made from");
        }
        try (model; ModelInputs in = ModelInputs.open(inputs, featurization, settings)) {
            float[][] vectors;
            try (ConsoleProgress progress = new ConsoleProgress(System.err)) {
                vectors = new DimEmbedder(model, 1200).embed(in.crystals(), local, progress);
            }
            int width = local ? model.config().localDim() : model.config().globalDim();
            List<String> header = new ArrayList<>(List.of("source", "block"));
            header.addAll(DimEmbedder.columns(width, local));
            try (CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(header.toArray(new String[0]))
                    .setRecordSeparator('\n').build().print(RecordTable.writer(out))) {
                int k = 0;
                for (FeaturizedCrystal row : in.rows()) {
                    List<Object> values = new ArrayList<>(List.of(row.source(), row.block()));
                    if (row.ok()) {
                        for (float v : vectors[k++]) {
                            values.add(v);
                        }
                    } else {
                        for (int i = 0; i < width; i++) {
                            values.add(""); // kept, so no crystal silently disappears; dim supercell says why
                        }
                    }
                    p.printRecord(values);
                }
            }
        }
        return 0;
    }
}
