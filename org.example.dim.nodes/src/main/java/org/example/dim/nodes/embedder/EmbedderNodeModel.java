package org.example.dim.nodes.embedder;

import java.io.IOException;
import org.example.dim.engine.dim.DimConfig;
import org.example.dim.engine.dim.DimEmbedder;
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
import org.example.dim.nodes.util.RowChunks;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.OutputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortObjectInput;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.RowInput;
import org.knime.core.node.streamable.RowOutput;
import org.knime.core.node.streamable.StreamableOperator;

/**
 * Embedder: a DIM model and supercells to 64 Double columns. With "untrained baseline", a model of the same
 * architecture with seeded random weights embeds instead (the paper's essential comparison); the model input is
 * then optional. Rows are embedded a chunk at a time, so the node streams and its table input may be distributed.
 */
final class EmbedderNodeModel extends DimNodeModel<EmbedderSettings> {

    /**
     * Rows embedded together: enough for full batches of 1,200 sites, few enough that memory stays bounded on any
     * table (and that a streamed node pushes its first rows soon).
     */
    private static final int CHUNK_ROWS = 500;

    /** The most unique sites in one batch of the model (the paper's 1,200). */
    private static final int BATCH_SITES = 1200;

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
        BufferedDataTable in = (BufferedDataTable)inObjects[1];
        try (Embedding e = open((DimModelPortObject)inObjects[0], in.getDataTableSpec(), exec)) {
            return new PortObject[] {new RowChunks(CHUNK_ROWS, e.job::apply, exec).run(in, e.spec)};
        }
    }

    @Override
    public InputPortRole[] getInputPortRoles() {
        return new InputPortRole[] {InputPortRole.NONDISTRIBUTED_NONSTREAMABLE, InputPortRole.DISTRIBUTED_STREAMABLE};
    }

    @Override
    public OutputPortRole[] getOutputPortRoles() {
        return new OutputPortRole[] {OutputPortRole.DISTRIBUTED};
    }

    @Override
    public StreamableOperator createStreamableOperator(final PartitionInfo partitionInfo,
        final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new StreamableOperator() {
            @Override
            public void runFinal(final PortInput[] inputs, final PortOutput[] outputs, final ExecutionContext exec)
                throws Exception {
                DimModelPortObject port =
                    inputs[0] == null ? null : (DimModelPortObject)((PortObjectInput)inputs[0]).getPortObject();
                RowInput in = (RowInput)inputs[1];
                try (Embedding e = open(port, in.getDataTableSpec(), exec)) {
                    new RowChunks(CHUNK_ROWS, e.job::apply, exec).run(in, (RowOutput)outputs[0]);
                }
            }
        };
    }

    /**
     * The model for one run: trained, the untrained baseline, or a fine-tuned one, which embeds and predicts in one
     * pass.
     */
    private Embedding open(final DimModelPortObject port, final DataTableSpec in, final ExecutionMonitor exec)
        throws InvalidSettingsException, IOException {
        int column = Columns.select(in, settings.supercellColumn, SupercellValue.class, "supercell");
        DimModelFile.Contents contents = port == null ? null : port.getContents();
        FeaturizationSettings required =
            contents == null ? null : FeaturizationSettings.fromDescription(contents.featurization());
        Nd4jSetup.ensure();
        String predicts = predicts(port == null ? null : port.getSpec());
        boolean local = settings.localMean.getBooleanValue();
        AutoCloseable model;
        DimEmbedder embedder;
        if (predicts != null) {
            SiteNetRegressor fineTuned = DimModelFile.loadRegressor(contents);
            model = fineTuned;
            embedder = new DimEmbedder(fineTuned, BATCH_SITES);
        } else {
            DimModel dim = settings.untrained.getBooleanValue()
                ? new Nd4jDimModel(contents == null ? DimConfig.paperDefaults() : contents.config(),
                    settings.seed.getIntValue())
                : DimModelFile.load(contents);
            model = dim;
            embedder = new DimEmbedder(dim, BATCH_SITES);
        }
        EmbedderJob job = new EmbedderJob(embedder, required, local, column, exec);
        return new Embedding(model, job, Columns.append(in, EmbedderJob.columns(job.width(), local, predicts)));
    }

    /** One run's model, job and output spec; closing it frees the model's native memory. */
    private record Embedding(AutoCloseable model, EmbedderJob job, DataTableSpec spec) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            model.close();
        }
    }
}
