package org.example.dim.nodes.falsesampler;

import org.example.dim.nodes.types.CrystalValue;
import org.example.dim.nodes.util.Columns;
import org.example.dim.nodes.util.DimNodeModel;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortType;

/** False Sampler: crystals to a table of generated false samples and adjunctive true samples. */
final class FalseSamplerNodeModel extends DimNodeModel<FalseSamplerSettings> {

    FalseSamplerNodeModel() {
        super(new PortType[] {BufferedDataTable.TYPE}, new PortType[] {BufferedDataTable.TYPE},
            new FalseSamplerSettings());
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        Columns.select(inSpecs[0], settings.crystalColumn, CrystalValue.class, "crystal");
        return new DataTableSpec[] {GeneratedSampleTable.withInBatchKinds(FalseSamplerJob.SPEC, settings.inBatch())};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        BufferedDataTable in = inData[0];
        int column = Columns.select(in.getDataTableSpec(), settings.crystalColumn, CrystalValue.class, "crystal");
        BufferedDataContainer out = exec.createDataContainer(
            GeneratedSampleTable.withInBatchKinds(FalseSamplerJob.SPEC, settings.inBatch()));
        FalseSamplerJob job = new FalseSamplerJob(settings.options(), settings.seed.getIntValue());
        try (CloseableRowIterator rows = in.iterator()) {
            job.run(() -> rows, in.size(), column, out::addRowToTable, exec);
        }
        out.close();
        if (job.warning() != null) {
            setWarningMessage(job.warning());
        }
        return new BufferedDataTable[] {out.getTable()};
    }
}
