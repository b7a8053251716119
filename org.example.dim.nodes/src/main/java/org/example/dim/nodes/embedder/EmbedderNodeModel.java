package org.example.dim.nodes.embedder;

import org.example.dim.engine.dim.DimConfig;
import org.example.dim.engine.dim.DimModel;
import org.example.dim.engine.dim.DimModelFile;
import org.example.dim.engine.dim.Nd4jDimModel;
import org.example.dim.engine.dim.SiteNetRegressor;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.nodes.types.DimModelPortObject;
import org.example.dim.nodes.types.DimModelPortObjectSpec;
import org.example.dim.nodes.types.SupercellValue;
import org.example.dim.nodes.util.Columns;
import org.example.dim.nodes.util.DimNodeModel;
import org.example.dim.nodes.util.Nd4jSetup;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Embedder: a DIM model and supercells to 64 Double columns. With "untrained baseline", a model of the same
 * architecture with seeded random weights embeds instead (the paper's essential comparison); the model input is
 * then optional.
 */
final class EmbedderNodeModel extends DimNodeModel<EmbedderSettings> {

    EmbedderNodeModel() {
        super(new PortType[] {DimModelPortObject.TYPE_OPTIONAL, BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE}, new EmbedderSettings());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DimModelPortObjectSpec model = (DimModelPortObjectSpec)inSpecs[0];
        if (model == null && !settings.untrained.getBooleanValue()) {
            throw new InvalidSettingsException("Connect a DIM model, or tick 'untrained baseline'");
        }
        DataTableSpec table = (DataTableSpec)inSpecs[1];
        Columns.select(table, settings.supercellColumn, SupercellValue.class, "supercell");
        DimConfig paper = DimConfig.paperDefaults();
        boolean local = settings.localMean.getBooleanValue();
        int width = local ? (model == null ? paper.localDim() : model.getLocalDim())
            : (model == null ? paper.globalDim() : model.getGlobalDim());
        return new PortObjectSpec[] {Columns.append(table, EmbedderJob.columns(width, local, predicts(model)))};
    }

    /** The label the connected model predicts, or null (no model, untrained baseline, or no fine-tuning). */
    private String predicts(final DimModelPortObjectSpec model) {
        return model == null || settings.untrained.getBooleanValue() || model.getPredictedLabel().isEmpty() ? null
            : model.getPredictedLabel();
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        DimModelPortObject port = (DimModelPortObject)inObjects[0];
        BufferedDataTable in = (BufferedDataTable)inObjects[1];
        int column = Columns.select(in.getDataTableSpec(), settings.supercellColumn, SupercellValue.class, "supercell");
        DimModelFile.Contents contents = port == null ? null : port.getContents();
        FeaturizationSettings required =
            contents == null ? null : FeaturizationSettings.fromDescription(contents.featurization());
        Nd4jSetup.ensure();
        String predicts = predicts(port == null ? null : port.getSpec());
        try (DimModel model = settings.untrained.getBooleanValue()
            ? new Nd4jDimModel(contents == null ? DimConfig.paperDefaults() : contents.config(),
                settings.seed.getIntValue())
            : DimModelFile.load(contents);
                SiteNetRegressor predictor = predicts == null ? null : DimModelFile.loadRegressor(contents)) {
            EmbedderJob job = new EmbedderJob(model, required, settings.localMean.getBooleanValue(), predictor);
            DataTableSpec appended = EmbedderJob.columns(job.width(), settings.localMean.getBooleanValue(), predicts);
            BufferedDataContainer out = exec.createDataContainer(Columns.append(in.getDataTableSpec(), appended));
            // The table is read twice (collect, then write), each time to its end, which releases its iterator.
            job.run(in, column, out::addRowToTable, exec);
            out.close();
            return new PortObject[] {out.getTable()};
        }
    }
}
