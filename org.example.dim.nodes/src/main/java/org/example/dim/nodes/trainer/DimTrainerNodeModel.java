package org.example.dim.nodes.trainer;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.example.dim.engine.dim.DimConfig;
import org.example.dim.engine.dim.HistoryRow;
import org.example.dim.nodes.falsesampler.GeneratedSampleTable;
import org.example.dim.nodes.types.DimModelPortObject;
import org.example.dim.nodes.types.DimModelPortObjectSpec;
import org.example.dim.nodes.types.SupercellValue;
import org.example.dim.nodes.util.Columns;
import org.example.dim.nodes.util.DimNodeModel;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * DIM Trainer: supercells to a self-supervised Site-Net DIM model and its training history; with a model at the
 * second input, training goes on from that model (its architecture and weights) instead of random weights; with
 * the False Sampler's table at the third, its samples train the global objective; with supercells at the
 * fourth, those are the validation set instead of a share of the training rows.
 */
final class DimTrainerNodeModel extends DimNodeModel<DimTrainerSettings> {

    private static final int GENERATED = 2;

    private static final int VALIDATION = 3;

    private List<HistoryRow> curves = List.of();

    DimTrainerNodeModel() {
        super(new PortType[] {BufferedDataTable.TYPE, DimModelPortObject.TYPE_OPTIONAL,
            BufferedDataTable.TYPE_OPTIONAL, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[] {DimModelPortObject.TYPE, BufferedDataTable.TYPE}, new DimTrainerSettings());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        Columns.select((DataTableSpec)inSpecs[0], settings.supercellColumn, SupercellValue.class, "supercell");
        if (inSpecs[GENERATED] != null) {
            GeneratedSampleTable.columns((DataTableSpec)inSpecs[GENERATED]);
        }
        if (inSpecs[VALIDATION] != null) {
            Columns.select((DataTableSpec)inSpecs[VALIDATION], settings.supercellColumn, SupercellValue.class,
                "validation supercell");
        }
        DimModelPortObjectSpec start = (DimModelPortObjectSpec)inSpecs[1];
        String label = settings.label();
        if (label != null) {
            labelColumn((DataTableSpec)inSpecs[0], label);
            if (inSpecs[GENERATED] != null) {
                throw new InvalidSettingsException("Generated samples train the self-supervised objective; fine-tuning"
                    + " on '" + label + "' does not use them: disconnect them or clear the label column");
            }
            if (inSpecs[VALIDATION] != null) {
                labelColumn((DataTableSpec)inSpecs[VALIDATION], label);
            }
            // From a connected model, its encoder and so its widths; else the widths of the settings.
            DimConfig own = settings.config();
            return new PortObjectSpec[] {DimTrainerJob.fineTunedSpec(start == null ? own.globalDim() : start.getGlobalDim(),
                start == null ? own.localDim() : start.getLocalDim(), label, settings.fineTuning()),
                DimTrainerJob.FINE_TUNING_HISTORY};
        }
        DimModelPortObjectSpec out = start == null ? DimTrainerJob.spec(config((DataTableSpec)inSpecs[GENERATED]),
            settings.training(), false)
            : new DimModelPortObjectSpec(start.getGlobalDim(), start.getLocalDim(),
                "continued: " + start.getDescription());
        return new PortObjectSpec[] {out, DimTrainerJob.HISTORY};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable in = (BufferedDataTable)inObjects[0];
        int column = Columns.select(in.getDataTableSpec(), settings.supercellColumn, SupercellValue.class, "supercell");
        DimModelPortObject start = (DimModelPortObject)inObjects[1];
        BufferedDataTable generatedTable = (BufferedDataTable)inObjects[GENERATED];
        DimTrainerJob job = new DimTrainerJob(
            config(generatedTable == null ? null : generatedTable.getDataTableSpec()), settings.training(),
            settings.device(), start == null ? null : start.getContents());
        String label = settings.label();
        if (label != null) {
            job.fineTuneOn(labelColumn(in.getDataTableSpec(), label));
        }
        try (CloseableRowIterator rows = in.iterator()) {
            job.collect(() -> rows, column);
        }
        if (inObjects[GENERATED] != null) {
            BufferedDataTable generated = (BufferedDataTable)inObjects[GENERATED];
            int[] c = GeneratedSampleTable.columns(generated.getDataTableSpec());
            try (CloseableRowIterator rows = generated.iterator()) {
                job.collectGenerated(() -> rows, c[0], c[1], c[2]);
            }
            if (job.generatedSkipped() > 0) {
                setWarningMessage(job.generatedSkipped() + " generated samples left out: their source row is not"
                    + " a training row, or they cannot be featurised as the supercells were");
            }
        }
        if (inObjects[VALIDATION] != null) {
            BufferedDataTable validation = (BufferedDataTable)inObjects[VALIDATION];
            int v = Columns.select(validation.getDataTableSpec(), settings.supercellColumn, SupercellValue.class,
                "validation supercell");
            try (CloseableRowIterator rows = validation.iterator()) {
                job.collectValidation(() -> rows, v,
                    label == null ? -1 : labelColumn(validation.getDataTableSpec(), label));
            }
        }
        if (label != null) {
            job.fineTune(exec, label, settings.fineTuning());
        } else {
            job.train(exec);
        }
        BufferedDataContainer history = exec.createDataContainer(label != null ? DimTrainerJob.FINE_TUNING_HISTORY
            : DimTrainerJob.HISTORY);
        for (DataRow r : label != null ? job.fineTuningHistory() : job.history()) {
            history.addRowToTable(r);
        }
        history.close();
        setHistory(job.historyRows());
        return new PortObject[] {job.model(), history.getTable()};
    }

    /** The model's options; the in-batch kinds come from the False Sampler's table when one is connected. */
    private DimConfig config(final DataTableSpec generated) throws InvalidSettingsException {
        DimConfig own = settings.config();
        return generated == null ? own
            : GeneratedSampleTable.inBatchKinds(generated).map(own::withFalseSamples).orElse(own);
    }

    /** The index of the label column of fine-tuning, checked to be numeric. */
    private static int labelColumn(final DataTableSpec spec, final String label) throws InvalidSettingsException {
        int i = spec.findColumnIndex(label);
        if (i < 0 || !spec.getColumnSpec(i).getType().isCompatible(DoubleValue.class)) {
            throw new InvalidSettingsException("Setting 'label_column': '" + label + "' is "
                + (i < 0 ? "not a column of the input" : "not numeric") + "; clear it for self-supervised training");
        }
        return i;
    }

    /** The losses of the last execution, for the view; empty when the node is not executed. */
    synchronized List<HistoryRow> history() {
        return curves;
    }

    /** KNIME tells the views after execute, reset and load; they then ask for the history. */
    private synchronized void setHistory(final List<HistoryRow> rows) {
        curves = List.copyOf(rows);
    }

    @Override
    protected void reset() {
        setHistory(List.of());
    }

    @Override
    protected void saveInternals(final File nodeInternDir, final ExecutionMonitor exec) throws IOException {
        HistoryFile.write(nodeInternDir.toPath(), history());
    }

    @Override
    protected void loadInternals(final File nodeInternDir, final ExecutionMonitor exec) throws IOException {
        setHistory(HistoryFile.read(nodeInternDir.toPath()));
    }
}
