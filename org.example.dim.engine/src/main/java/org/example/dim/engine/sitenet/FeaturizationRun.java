package org.example.dim.engine.sitenet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.example.dim.engine.cif.CifReader;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.io.CifSource;
import org.example.dim.engine.io.CifSources;
import org.example.dim.engine.util.OrderedParallel;

/**
 * Reads every block of some inputs and featurises it, in parallel, handing the results on in input
 * order: the pipeline that the command line, the experiments and the nodes share.
 */
public final class FeaturizationRun {

    /** One block: where it came from (with the record's labels), what was read, and its Site-Net input. */
    public record Row(CifSource source, CrystalRecord record, FeaturizedCrystal featurized) {
    }

    private FeaturizationRun() {
    }

    /** @param each receives every block's row, failed ones included, in input order */
    public static void run(List<Path> inputs, FeaturizationSettings settings, int threads, Consumer<Row> each) {
        SiteNetFeaturizer featurizer = new SiteNetFeaturizer(settings);
        CifReader reader = new CifReader();
        try (Stream<CifSource> sources = CifSources.open(inputs)) {
            OrderedParallel.map(sources.iterator(), source -> {
                List<Row> rows = new ArrayList<>();
                for (CrystalRecord r : reader.read(source)) {
                    rows.add(new Row(source, r, featurizer.featurize(r)));
                }
                return rows;
            }, threads, 512, rows -> rows.forEach(each));
        }
    }
}
