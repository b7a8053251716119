package org.example.dim.nodes.falsesampler;

import org.example.dim.nodes.types.CrystalValue;
import org.example.dim.nodes.util.Columns;
import org.example.dim.nodes.util.DimNodeModel;
import org.example.dim.nodes.util.RowChunks;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.StreamableOperator;

/** False Sampler: crystals to a table of generated false samples and adjunctive true samples; streams. */
final class FalseSamplerNodeModel extends DimNodeModel<FalseSamplerSettings> {

    FalseSamplerNodeModel() {
        super(new PortType[] {BufferedDataTable.TYPE}, new PortType[] {BufferedDataTable.TYPE},
            new FalseSamplerSettings());
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        Columns.select(inSpecs[0], settings.crystalColumn, CrystalValue.class, "crystal");
        return new DataTableSpec[] {spec()};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        FalseSamplerJob job = job(inData[0].getDataTableSpec());
        BufferedDataTable out = new RowChunks(1, job::apply, exec).run(inData[0], spec());
        warnAbout(job);
        return new BufferedDataTable[] {out};
    }

    /** Streams, but is not distributed: the n-th row of the whole input is sampled with seed + n. */
    @Override
    public InputPortRole[] getInputPortRoles() {
        return new InputPortRole[] {InputPortRole.NONDISTRIBUTED_STREAMABLE};
    }

    @Override
    public StreamableOperator createStreamableOperator(final PartitionInfo partitionInfo,
        final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        FalseSamplerJob job = job((DataTableSpec)inSpecs[0]);
        return RowChunks.streamed(1, job::apply, () -> warnAbout(job));
    }

    private DataTableSpec spec() throws InvalidSettingsException {
        return GeneratedSampleTable.withInBatchKinds(FalseSamplerJob.SPEC, settings.inBatch());
    }

    private FalseSamplerJob job(final DataTableSpec in) throws InvalidSettingsException {
        int column = Columns.select(in, settings.crystalColumn, CrystalValue.class, "crystal");
        return new FalseSamplerJob(settings.options(), settings.seed.getIntValue(), column);
    }

    private void warnAbout(final FalseSamplerJob job) {
        if (job.warning() != null) {
            setWarningMessage(job.warning());
        }
    }
}
