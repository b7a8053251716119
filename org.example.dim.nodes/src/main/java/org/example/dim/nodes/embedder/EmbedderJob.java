package org.example.dim.nodes.embedder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.example.dim.engine.dim.CrystalSource;
import org.example.dim.engine.dim.DimEmbedder;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.SiteNetInput;
import org.example.dim.nodes.types.SupercellValue;
import org.example.dim.nodes.util.Columns;
import org.example.dim.nodes.util.ExecutionProgress;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * One execution of the Embedder: the supercells of a table through the engine's embedder, the vector appended to
 * each row as plain Double columns (missing where the row has no supercell).
 */
final class EmbedderJob {

    private final DimEmbedder embedder;

    private final boolean localMean;

    /** The supercell column. */
    private final int column;

    /** Where the cancel button is checked. */
    private final ExecutionMonitor exec;

    /** The featurisation every row must have: the model's, or else the first row's; null until known. */
    private FeaturizationSettings featurization;

    /** Whether {@link #featurization} is the model's (rather than the first row's). */
    private final boolean modelFeaturization;

    /**
     * @param embedder the model's embedder; a fine-tuned model's also predicts, and its predictions follow the vector
     * @param required the featurisation the model was trained on; null for an untrained model without one, which
     *            takes any, as long as all rows agree
     */
    EmbedderJob(final DimEmbedder embedder, final FeaturizationSettings required, final boolean localMean,
        final int column, final ExecutionMonitor exec) {
        this.embedder = embedder;
        this.featurization = required;
        this.modelFeaturization = required != null;
        this.localMean = localMean;
        this.column = column;
        this.exec = exec;
    }

    /**
     * The appended columns: z0..z63 (or l0..l31 for local means), then "Prediction (label)" when the model was
     * fine-tuned on a label (null: none), as KNIME's predictors name theirs.
     */
    static DataTableSpec columns(final int width, final boolean localMean, final String predicts) {
        List<String> names = new ArrayList<>(DimEmbedder.columns(width, localMean));
        if (predicts != null) {
            names.add(predictionColumn(predicts));
        }
        DataColumnSpec[] specs = new DataColumnSpec[names.size()];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = new DataColumnSpecCreator(names.get(i), DoubleCell.TYPE).createSpec();
        }
        return new DataTableSpec(specs);
    }

    static String predictionColumn(final String label) {
        return "Prediction (" + label + ")";
    }

    int width() {
        return embedder.width(localMean);
    }

    /**
     * Embeds the supercells of a chunk of rows, appending the vector (and prediction) to each; rows without a
     * supercell get missing values. All rows of all chunks must share the model's featurisation.
     */
    void apply(final List<DataRow> rows, final Consumer<DataRow> out) throws CanceledExecutionException {
        List<SiteNetInput> inputs = new ArrayList<>();
        for (DataRow row : rows) {
            DataCell cell = row.getCell(column);
            if (!cell.isMissing()) {
                SupercellValue v = (SupercellValue)cell;
                if (featurization != null && !featurization.equals(v.getSettings())) {
                    throw new IllegalArgumentException(Columns.name(row.getKey()) + " was featurised with "
                        + v.getSettings() + ", but " + (modelFeaturization ? "the model was trained on " : "other rows on ")
                        + featurization + "; build the supercells with the model's settings");
                }
                featurization = v.getSettings();
                inputs.add(v.getInput());
            }
        }
        DimEmbedder.Embeddings embedded = ExecutionProgress.run(() -> embedder.embedAndPredict(
            CrystalSource.of(inputs), localMean, ExecutionProgress.cancelOnly(exec)));
        float[][] vectors = embedded.vectors();
        double[] predictions = embedded.predictions();
        int appended = width() + (embedder.predicts() ? 1 : 0);
        int k = 0;
        for (DataRow row : rows) {
            List<DataCell> cells = new ArrayList<>(appended);
            if (row.getCell(column).isMissing()) {
                for (int i = 0; i < appended; i++) {
                    cells.add(DataType.getMissingCell());
                }
            } else {
                for (float x : vectors[k]) {
                    cells.add(new DoubleCell(x));
                }
                if (predictions != null) {
                    cells.add(new DoubleCell(predictions[k]));
                }
                k++;
            }
            out.accept(Columns.append(row, cells));
        }
    }
}
