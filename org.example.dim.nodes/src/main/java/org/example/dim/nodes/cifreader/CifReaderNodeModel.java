package org.example.dim.nodes.cifreader;

import org.example.dim.nodes.util.Columns;
import org.example.dim.nodes.util.DimNodeModel;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortType;

/** CIF Reader: files, folders, or a column of paths or CIF texts, to one row per data block. */
final class CifReaderNodeModel extends DimNodeModel<CifReaderSettings> {

    CifReaderNodeModel() {
        super(new PortType[] {BufferedDataTable.TYPE_OPTIONAL},
            new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE}, new CifReaderSettings());
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        if (inSpecs[0] != null) {
            Columns.select(inSpecs[0], settings.inputColumn, StringValue.class, "path or CIF text");
        } else if (settings.pathList().isEmpty()) {
            throw new InvalidSettingsException("Give CIF files or folders in the setting '" + CifReaderSettings.PATHS
                + "', or connect a table with a column of paths or CIF texts");
        }
        return new DataTableSpec[] {CifReaderTables.CRYSTALS, CifReaderTables.FAILED};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        BufferedDataContainer crystals = exec.createDataContainer(CifReaderTables.CRYSTALS);
        BufferedDataContainer failed = exec.createDataContainer(CifReaderTables.FAILED);
        CifReaderJob job = new CifReaderJob(crystals::addRowToTable, failed::addRowToTable, exec);
        BufferedDataTable in = inData[0];
        if (in == null) {
            job.readPaths(settings.pathList());
        } else {
            int column = Columns.select(in.getDataTableSpec(), settings.inputColumn, StringValue.class,
                "path or CIF text");
            try (CloseableRowIterator rows = in.iterator()) {
                job.readColumn(() -> rows, in.size(), column, settings.columnContent());
            }
        }
        crystals.close();
        failed.close();
        if (failed.getTable().size() > 0) {
            setWarningMessage(failed.getTable().size() + " block(s) could not be read; see the second output");
        }
        return new BufferedDataTable[] {crystals.getTable(), failed.getTable()};
    }

}
