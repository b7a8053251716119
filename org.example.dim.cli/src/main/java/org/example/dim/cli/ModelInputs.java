package org.example.dim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.example.dim.engine.dataset.FeaturizedDatasetReader;
import org.example.dim.engine.dim.CrystalSource;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.FeaturizedCrystal;
import org.example.dim.engine.sitenet.SiteNetInput;

/**
 * The crystals a model command works on: a featurised dataset file, or CIF inputs featurised now;
 * with every input row kept (failed ones too) so that outputs can name them.
 */
record ModelInputs(CrystalSource crystals, List<FeaturizedCrystal> rows, FeaturizationSettings settings,
        AutoCloseable resource) implements AutoCloseable {

    static ModelInputs open(List<Path> inputs, FeaturizationOptions options, FeaturizationSettings settings)
            throws IOException {
        if (FeaturizationOptions.isDatasetFile(inputs)) {
            FeaturizedDatasetReader reader = FeaturizedDatasetReader.open(inputs.get(0));
            return new ModelInputs(CrystalSource.of(reader), null,
                    FeaturizationSettings.fromDescription(reader.settings()), reader);
        }
        List<FeaturizedCrystal> rows = new ArrayList<>();
        options.featurize(inputs, settings, rows::add);
        List<SiteNetInput> ok = rows.stream().filter(FeaturizedCrystal::ok).map(FeaturizedCrystal::input).toList();
        long failed = rows.size() - ok.size();
        if (failed > 0) {
            System.err.printf("%d of %d crystals could not be featurised and are left out (see dim supercell)%n",
                    failed, rows.size());
        }
        return new ModelInputs(CrystalSource.of(ok), rows, settings, null);
    }

    @Override
    public void close() throws Exception {
        if (resource != null) {
            resource.close();
        }
    }
}
