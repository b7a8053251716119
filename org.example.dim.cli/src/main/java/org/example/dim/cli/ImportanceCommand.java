package org.example.dim.cli;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.example.dim.engine.dim.DimEmbedder;
import org.example.dim.engine.dim.DimModel;
import org.example.dim.engine.dim.DimModelFile;
import org.example.dim.engine.dim.TrainingProgress;
import org.example.dim.engine.experiment.FeatureImportance;
import org.example.dim.engine.experiment.LabelledCrystal;
import org.example.dim.engine.experiment.LabelledDataset;
import org.example.dim.engine.experiment.Plots;
import org.example.dim.engine.experiment.Regressor;
import org.example.dim.engine.experiment.RepresentationStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dim importance}: property-augmentation feature importance and its heatmap. */
@Command(name = "importance", mixinStandardHelpOptions = true,
        description = "Feature importance by property augmentation (Ortega-Ochoa et al.): writes DIR/importance.csv, "
                + "DIR/importance_seeds.csv and DIR/heatmap.png.")
final class ImportanceCommand implements Callable<Integer> {

    static final String[] COLUMNS = {"target", "feature", "mean_pct", "min_pct", "max_pct", "significant",
        "baseline_mae", "augmented_mae"};
    static final String DEFAULT_PROPERTIES = "formation_energy_per_atom,band_gap,efermi,total_magnetization,density,"
            + "volume_per_atom,n_sites,crystal_system,spacegroup_number";

    @Option(names = "--data", required = true, split = ",", paramLabel = "INPUT", description = "Labelled crystals (as for dim experiment)")
    List<Path> data;

    @Option(names = "--label-table", paramLabel = "labels.csv", description = "Labels of CIF files: first column the file name, then numeric label columns")
    Path labelTable;

    @Option(names = "--representation", defaultValue = "composition",
            description = "composition, dim (needs --dim-model) or columns:PREFIX (the records' numeric fields named PREFIX…) (default: ${DEFAULT-VALUE})")
    String representation;

    @Option(names = "--dim-model", paramLabel = "model.dim", description = "Trained model for --representation dim")
    Path dimModel;

    @Option(names = "--properties", split = ",", defaultValue = DEFAULT_PROPERTIES,
            description = "Properties: each numeric one is a target, every one augments (default: ${DEFAULT-VALUE})")
    List<String> properties;

    @Option(names = "--model", defaultValue = "linear", description = "linear, ridge or mlp (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--seeds", defaultValue = "5", description = "Seeded 60/20/20 splits (default: ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder")
    Path out;

    @Mixin
    FeaturizationOptions featurization;

    @Override
    public Integer call() throws Exception {
        LabelledDataset dataset = ReprCommand.read(data, labelTable, featurization);
        run(dataset, representation, dimModel, properties, model, seeds, out);
        return 0;
    }

    static void run(LabelledDataset dataset, String representation, Path dimModel, List<String> properties,
            String model, int seeds, Path out) throws Exception {
        double[][] x = representation(dataset, representation, dimModel);
        Map<String, double[]> values = new LinkedHashMap<>();
        properties.forEach(p -> values.put(p, dataset.property(p)));
        List<String> targets = properties.stream().filter(p -> !LabelledCrystal.CATEGORICAL.contains(p)).toList();
        List<FeatureImportance.Cell> cells;
        try (ConsoleProgress progress = new ConsoleProgress(System.err)) {
            cells = new FeatureImportance(Regressor.named(model), seeds).run(x, values, targets, properties, progress);
        }
        Files.createDirectories(out);
        try (Writer w = Files.newBufferedWriter(out.resolve("importance.csv"));
             CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).setRecordSeparator('\n').build().print(w)) {
            for (FeatureImportance.Cell c : cells) {
                p.printRecord(c.target(), c.feature(), c.meanPct(), c.minPct(), c.maxPct(), c.significant(),
                        c.baselineMae(), c.augmentedMae());
            }
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("importance_seeds.csv"));
             CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader("target", "feature", "seed", "baseline_mae",
                     "augmented_mae").setRecordSeparator('\n').build().print(w)) {
            for (FeatureImportance.Cell c : cells) {
                for (int s = 0; s < c.baselineBySeed().length; s++) {
                    p.printRecord(c.target(), c.feature(), s + 1, c.baselineBySeed()[s], c.augmentedBySeed()[s]);
                }
            }
        }
        Plots.importanceHeatmap(cells, "importance for " + representation + " (" + model + ", " + seeds + " seeds)",
                out.resolve("heatmap.png"));
        System.err.printf("importance of %d properties for %d targets in %s%n", properties.size(), targets.size(), out);
    }

    private static double[][] representation(LabelledDataset data, String name, Path dimModel) throws Exception {
        if (name.equals("composition")) {
            return data.compositions();
        }
        if (name.equals("dim")) {
            if (dimModel == null) {
                throw new IllegalArgumentException("--representation dim needs --dim-model model.dim");
            }
            try (DimModel m = DimModelFile.load(DimModelFile.read(dimModel))) {
                return RepresentationStudy.widen(new DimEmbedder(m, 1200).embed(data.sources(), false,
                        TrainingProgress.NONE));
            }
        }
        if (name.startsWith("columns:")) {
            String prefix = name.substring("columns:".length());
            List<String> columns = data.crystals().get(0).properties().keySet().stream().filter(k -> k.startsWith(prefix))
                    .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).toList();
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("no numeric field starts with '" + prefix + "'");
            }
            return data.crystals().stream().map(c -> columns.stream().mapToDouble(c::property).toArray())
                    .toArray(double[][]::new);
        }
        throw new IllegalArgumentException("unknown representation '" + name + "': composition, dim or columns:PREFIX");
    }
}
