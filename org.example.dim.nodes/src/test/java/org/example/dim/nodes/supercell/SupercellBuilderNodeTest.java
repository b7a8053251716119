package org.example.dim.nodes.supercell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.example.dim.nodes.Fixtures;
import org.example.dim.nodes.NodeHarness;
import org.example.dim.nodes.types.SupercellValue;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDriver;

/** The Supercell Builder node through the harness. */
class SupercellBuilderNodeTest {

    @Test
    void appendsASupercellToEveryCrystal() throws Exception {
        NodeHarness.Monitor progress = new NodeHarness.Monitor(-1);
        BufferedDataTable out = (BufferedDataTable)Fixtures.node("SupercellBuilderNodeFactory")
            .set("supercell_size", 16).execute(progress, Fixtures.crystals())[0];
        assertEquals(Fixtures.crystals().size(), out.size());
        int cell = out.getDataTableSpec().findColumnIndex("supercell");
        int size = out.getDataTableSpec().findColumnIndex("n_supercell");
        for (DataRow r : out) {
            if (!r.getCell(cell).isMissing()) {
                int sites = ((SupercellValue)r.getCell(cell)).getInput().supercellSites();
                assertEquals(sites, Integer.parseInt(r.getCell(size).toString()));
                assertTrue(sites <= 16);
            }
        }
        assertEquals(Fixtures.crystals().size(), progress.progress.size());
    }

    @Test
    void stopsWhenCancelled() throws Exception {
        NodeDriver node = Fixtures.node("SupercellBuilderNodeFactory");
        assertThrows(CanceledExecutionException.class, () -> node.execute(new NodeHarness.Monitor(1),
            Fixtures.crystals()));
    }

    @Test
    void streamsRowByRowWithTheSameResultAsAnExecution() throws Exception {
        BufferedDataTable executed = (BufferedDataTable)Fixtures.node("SupercellBuilderNodeFactory")
            .set("supercell_size", 16).execute(new NodeHarness.Monitor(-1), Fixtures.crystals())[0];
        NodeDriver node = Fixtures.node("SupercellBuilderNodeFactory").set("supercell_size", 16);
        assertTrue(node.model().getInputPortRoles()[0].isStreamable());
        assertTrue(node.model().getInputPortRoles()[0].isDistributable());
        assertTrue(node.model().getOutputPortRoles()[0].isDistributable());
        NodeHarness.assertSameTable(executed, node.stream(new NodeHarness.Monitor(-1), Fixtures.crystals())[0]);
        assertThrows(CanceledExecutionException.class,
            () -> Fixtures.node("SupercellBuilderNodeFactory").stream(new NodeHarness.Monitor(2), Fixtures.crystals()));
    }

    @Test
    void needsACrystalColumn() throws Exception {
        NodeDriver node = Fixtures.node("SupercellBuilderNodeFactory");
        BufferedDataTable failed = (BufferedDataTable)Fixtures.read()[1];
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> node.configure(failed.getDataTableSpec()));
        assertTrue(e.getMessage().contains("crystal"), e.getMessage());
    }
}
