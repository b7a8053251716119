package org.example.dim.nodes.supercell;

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
import org.knime.core.node.streamable.OutputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.StreamableOperator;

/**
 * Supercell Builder: crystals to Site-Net supercells (primitive cell, at most N sites, site features). Each row is
 * independent of the others, so the node streams and its input may be distributed.
 */
final class SupercellBuilderNodeModel extends DimNodeModel<SupercellBuilderSettings> {

    SupercellBuilderNodeModel() {
        super(new PortType[] {BufferedDataTable.TYPE}, new PortType[] {BufferedDataTable.TYPE},
            new SupercellBuilderSettings());
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        Columns.select(inSpecs[0], settings.crystalColumn, CrystalValue.class, "crystal");
        return new DataTableSpec[] {Columns.append(inSpecs[0], SupercellBuilderJob.APPENDED)};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        DataTableSpec spec = inData[0].getDataTableSpec();
        SupercellBuilderJob job = job(spec);
        BufferedDataTable out =
            new RowChunks(1, job::apply, exec).run(inData[0], Columns.append(spec, SupercellBuilderJob.APPENDED));
        warnAbout(job);
        return new BufferedDataTable[] {out};
    }

    @Override
    public InputPortRole[] getInputPortRoles() {
        return new InputPortRole[] {InputPortRole.DISTRIBUTED_STREAMABLE};
    }

    @Override
    public OutputPortRole[] getOutputPortRoles() {
        return new OutputPortRole[] {OutputPortRole.DISTRIBUTED};
    }

    @Override
    public StreamableOperator createStreamableOperator(final PartitionInfo partitionInfo,
        final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        SupercellBuilderJob job = job((DataTableSpec)inSpecs[0]);
        return RowChunks.streamed(1, job::apply, () -> warnAbout(job));
    }

    private SupercellBuilderJob job(final DataTableSpec in) throws InvalidSettingsException {
        int column = Columns.select(in, settings.crystalColumn, CrystalValue.class, "crystal");
        return new SupercellBuilderJob(settings.featurization(), column);
    }

    private void warnAbout(final SupercellBuilderJob job) {
        if (job.notOk() > 0) {
            setWarningMessage(job.notOk() + " crystal(s) skipped or failed; see the columns status and error");
        }
    }
}
