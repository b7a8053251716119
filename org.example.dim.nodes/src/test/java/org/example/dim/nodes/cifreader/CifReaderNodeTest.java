package org.example.dim.nodes.cifreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.example.dim.nodes.Fixtures;
import org.example.dim.nodes.KnimeProtocol;
import org.example.dim.nodes.NodeHarness;
import org.example.dim.nodes.util.Columns;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDriver;
import org.knime.core.node.port.PortObject;

/** The CIF Reader node through the harness: workflow-relative knime:// paths, tables of paths, progress, cancel. */
class CifReaderNodeTest {

    @Test
    void readsAFolderNamedByAWorkflowRelativeUrl() throws Exception {
        KnimeProtocol.useWorkflow(Path.of("../testflows/DIM_CifToEmbedding"));
        NodeHarness.Monitor progress = new NodeHarness.Monitor(-1);
        PortObject[] out = Fixtures.node("CifReaderNodeFactory").set("paths", "knime://knime.workflow/../data/cifs")
            .execute(progress);
        assertEquals(4, ((BufferedDataTable)out[0]).size());
        assertEquals(1, ((BufferedDataTable)out[1]).size());
        assertFalse(progress.messages.isEmpty(), "progress is shown");
    }

    @Test
    void warnsAboutFailedBlocks() throws Exception {
        NodeDriver node = Fixtures.node("CifReaderNodeFactory").set("paths", NodeHarness.CIFS.toString());
        node.execute(new NodeHarness.Monitor(-1));
        assertTrue(node.warning().contains("1 block(s)"), node.warning());
    }

    @Test
    void stopsWhenCancelled() throws Exception {
        NodeDriver node = Fixtures.node("CifReaderNodeFactory").set("paths", NodeHarness.CIFS.toString());
        assertThrows(CanceledExecutionException.class, () -> node.execute(new NodeHarness.Monitor(2)));
    }

    @Test
    void refusesMissingAndRemoteLocationsAtConfigure() throws Exception {
        NodeDriver node = Fixtures.node("CifReaderNodeFactory");
        InvalidSettingsException none = assertThrows(InvalidSettingsException.class,
            () -> node.configure(new DataTableSpec[] {null}));
        assertTrue(none.getMessage().contains("paths"), none.getMessage());
        node.set("paths", "https://example.org/cifs/");
        InvalidSettingsException remote = assertThrows(InvalidSettingsException.class,
            () -> node.configure(new DataTableSpec[] {null}));
        assertTrue(remote.getMessage().contains("not a local"), remote.getMessage());
    }

    @Test
    void readsATableOfPathsAndUrlsWithUnresolvableOnesAsFailedRows() throws Exception {
        KnimeProtocol.useWorkflow(Path.of("../testflows/DIM_CifToEmbedding"));
        DataTableSpec spec = Columns.spec(new String[] {"location"}, new DataType[] {StringCell.TYPE});
        List<DataRow> rows = List.of(
            new DefaultRow(new RowKey("url"), new StringCell("knime://knime.workflow/../data/cifs/mp-11305.cif")),
            new DefaultRow(new RowKey("remote"), new StringCell("https://example.org/x.cif")));
        PortObject[] out = Fixtures.node("CifReaderNodeFactory").execute(new NodeHarness.Monitor(-1),
            NodeDriver.table(spec, rows));
        assertEquals(1, ((BufferedDataTable)out[0]).size());
        DataRow failed = ((BufferedDataTable)out[1]).iterator().next();
        assertTrue(failed.toString().contains("row 'remote'") || failed.getCell(2).toString().contains("remote"),
            failed.getCell(2).toString());
    }
}
