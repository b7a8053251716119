package org.example.dim.nodes.cifreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.example.dim.nodes.NodeHarness;
import org.example.dim.nodes.types.CrystalValue;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;

class CifReaderJobTest {

    private final List<DataRow> crystals = new ArrayList<>();
    private final List<DataRow> failed = new ArrayList<>();

    @Test
    void readsAFolderIntoCrystalsAndFailedBlocks() throws Exception {
        NodeHarness.Monitor exec = new NodeHarness.Monitor(-1);
        new CifReaderJob(crystals::add, failed::add, exec).readPaths(List.of(NodeHarness.CIFS));
        assertEquals(4, crystals.size());
        assertEquals(1, failed.size());
        assertEquals("broken", ((StringValue)failed.get(0).getCell(1)).getStringValue());
        DataRow first = crystals.get(0);
        assertEquals(CifReaderTables.CRYSTALS.getNumColumns(), first.getNumCells());
        CrystalValue crystal = (CrystalValue)first.getCell(CifReaderTables.CRYSTALS.findColumnIndex("crystal"));
        assertEquals(crystal.getCrystal().structure().size(),
            Integer.parseInt(first.getCell(CifReaderTables.CRYSTALS.findColumnIndex("n_sites")).toString()));
        assertEquals(new RowKey("Row0"), first.getKey());
    }

    @Test
    void readsAColumnOfCifTextsAndNamesMissingRows() throws Exception {
        String text = Files.readString(NodeHarness.CIFS.resolve("mp-11305.cif"));
        List<DataRow> in = List.of(new DefaultRow(new RowKey("a"), new StringCell(text)),
            new DefaultRow(new RowKey("b"), org.knime.core.data.DataType.getMissingCell()));
        new CifReaderJob(crystals::add, failed::add, new NodeHarness.Monitor(-1)).readColumn(in, 2, 0,
            CifReaderSettings.ColumnContent.CIF_TEXT);
        assertEquals(1, crystals.size());
        assertEquals("a", ((StringValue)crystals.get(0).getCell(0)).getStringValue());
        assertTrue(failed.get(0).getCell(2).toString().contains("row 'b'"));
    }

    @Test
    void cancellationStopsReading() {
        assertThrows(CanceledExecutionException.class,
            () -> new CifReaderJob(crystals::add, failed::add, new NodeHarness.Monitor(1))
                .readPaths(List.of(NodeHarness.CIFS)));
        assertTrue(crystals.size() + failed.size() <= 1);
    }

    @Test
    void configureNeedsFilesOrATable() throws Exception {
        CifReaderNodeModel model = new CifReaderNodeModel();
        assertThrows(InvalidSettingsException.class, () -> model.configure(new DataTableSpec[] {null}));
        DataTableSpec[] out = model.configure(new DataTableSpec[] {
            org.example.dim.nodes.util.Columns.spec(new String[] {"cif"},
                new org.knime.core.data.DataType[] {StringCell.TYPE})});
        assertEquals(CifReaderTables.CRYSTALS, out[0]);
        assertEquals(CifReaderTables.FAILED, out[1]);
    }
}
