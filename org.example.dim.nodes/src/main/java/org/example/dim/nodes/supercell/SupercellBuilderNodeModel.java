package org.example.dim.nodes.supercell;

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

/** Supercell Builder: crystals to Site-Net supercells (primitive cell, at most N sites, site features). */
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
        BufferedDataTable in = inData[0];
        int column = Columns.select(in.getDataTableSpec(), settings.crystalColumn, CrystalValue.class, "crystal");
        BufferedDataContainer out =
            exec.createDataContainer(Columns.append(in.getDataTableSpec(), SupercellBuilderJob.APPENDED));
        SupercellBuilderJob job = new SupercellBuilderJob(settings.featurization());
        try (CloseableRowIterator rows = in.iterator()) {
            job.run(() -> rows, in.size(), column, out::addRowToTable, exec);
        }
        out.close();
        if (job.notOk() > 0) {
            setWarningMessage(job.notOk() + " crystal(s) skipped or failed; see the columns status and error");
        }
        return new BufferedDataTable[] {out.getTable()};
    }
}
