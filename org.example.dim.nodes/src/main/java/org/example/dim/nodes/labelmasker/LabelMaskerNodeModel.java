package org.example.dim.nodes.labelmasker;

import java.util.ArrayList;
import java.util.List;
import org.example.dim.engine.experiment.LabelMasker;
import org.example.dim.nodes.util.Columns;
import org.example.dim.nodes.util.DimNodeModel;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortType;

/**
 * Label Masker: a table with a label column to labelled training rows (N of them), masked training rows
 * and test rows, as the engine's {@link LabelMasker} splits it. Rows whose label is missing are never
 * labelled nor tested; they go to the masked rows, whose labels are replaced by missing cells.
 */
final class LabelMaskerNodeModel extends DimNodeModel<LabelMaskerSettings> {

    LabelMaskerNodeModel() {
        super(new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE},
            new LabelMaskerSettings());
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        Columns.select(inSpecs[0], settings.labelColumn, DoubleValue.class, "numeric label");
        if (!settings.foldColumn.getStringValue().isEmpty()) {
            Columns.select(inSpecs[0], settings.foldColumn, StringValue.class, "fold");
        }
        return new DataTableSpec[] {inSpecs[0], inSpecs[0], inSpecs[0]};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        BufferedDataTable in = inData[0];
        DataTableSpec spec = in.getDataTableSpec();
        int label = Columns.select(spec, settings.labelColumn, DoubleValue.class, "numeric label");
        boolean byFold = !settings.foldColumn.getStringValue().isEmpty();
        int fold = byFold ? Columns.select(spec, settings.foldColumn, StringValue.class, "fold") : -1;
        List<Double> values = new ArrayList<>();
        List<String> folds = new ArrayList<>();
        for (DataRow row : in) {
            exec.checkCanceled();
            DataCell c = row.getCell(label);
            values.add(c.isMissing() ? Double.NaN : ((DoubleValue)c).getDoubleValue());
            DataCell f = byFold ? row.getCell(fold) : null;
            folds.add(f == null || f.isMissing() ? "" : ((StringValue)f).getStringValue());
        }
        double[] y = values.stream().mapToDouble(Double::doubleValue).toArray();
        LabelMasker masker = new LabelMasker(settings.testFraction.getDoubleValue(), settings.seed.getIntValue());
        int[] test = byFold ? LabelMasker.testRows(y, folds.toArray(String[]::new), settings.testFold.getStringValue())
            : masker.testRows(y);
        LabelMasker.Split split;
        try {
            split = masker.mask(y, test, settings.labels.getIntValue(), settings.replicate.getIntValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        int[] part = new int[y.length]; // 0 labelled, 1 masked, 2 test
        for (int i : split.masked()) {
            part[i] = 1;
        }
        for (int i : split.test()) {
            part[i] = 2;
        }
        BufferedDataContainer[] out = {exec.createDataContainer(spec), exec.createDataContainer(spec),
            exec.createDataContainer(spec)};
        int i = 0;
        for (DataRow row : in) {
            exec.checkCanceled();
            out[part[i]].addRowToTable(part[i] == 1 ? withoutLabel(row, label) : row);
            i++;
            exec.setProgress((double)i / y.length, "row " + i + " of " + y.length);
        }
        BufferedDataTable[] tables = new BufferedDataTable[3];
        for (int k = 0; k < 3; k++) {
            out[k].close();
            tables[k] = out[k].getTable();
        }
        return tables;
    }

    /** The row with its label replaced by a missing cell: what masking means. */
    private static DataRow withoutLabel(final DataRow row, final int label) {
        List<DataCell> cells = new ArrayList<>(row.getNumCells());
        for (int c = 0; c < row.getNumCells(); c++) {
            cells.add(c == label ? DataType.getMissingCell() : row.getCell(c));
        }
        return new DefaultRow(row.getKey(), cells);
    }
}
