package org.example.dim.nodes.embedder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.example.dim.nodes.Fixtures;
import org.example.dim.nodes.NodeHarness;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDriver;
import org.knime.core.node.port.PortObject;

/** The Embedder node through the harness: trained and untrained models, columns named at configure. */
class EmbedderNodeTest {

    @Test
    void appendsTheRepresentationOfTheTrainedModel() throws Exception {
        NodeDriver node = Fixtures.node("EmbedderNodeFactory");
        PortObject model = Fixtures.trained()[0];
        DataTableSpec promised = (DataTableSpec)node.configure(model.getSpec(), Fixtures.supercells().getSpec())[0];
        BufferedDataTable out = (BufferedDataTable)node.execute(new NodeHarness.Monitor(-1), model,
            Fixtures.supercells())[0];
        assertEquals(promised, out.getDataTableSpec());
        int z0 = out.getDataTableSpec().findColumnIndex("z0");
        assertEquals(out.getDataTableSpec().getNumColumns() - 64, z0, "64 columns z0..z63 appended");
        assertEquals(Fixtures.supercells().size(), out.size());
        int supercell = out.getDataTableSpec().findColumnIndex("supercell");
        for (DataRow r : out) {
            assertEquals(r.getCell(supercell).isMissing(), r.getCell(z0).isMissing());
        }
    }

    @Test
    void theUntrainedBaselineNeedsNoModelAndDiffersFromTheTrainedOne() throws Exception {
        BufferedDataTable untrained = (BufferedDataTable)Fixtures.node("EmbedderNodeFactory")
            .set("untrained_baseline", true).execute(new NodeHarness.Monitor(-1), null, Fixtures.supercells())[0];
        BufferedDataTable trained = (BufferedDataTable)Fixtures.node("EmbedderNodeFactory")
            .execute(new NodeHarness.Monitor(-1), Fixtures.trained()[0], Fixtures.supercells())[0];
        int z0 = trained.getDataTableSpec().findColumnIndex("z0");
        assertNotEquals(first(trained, z0), first(untrained, z0));
    }

    private static String first(final BufferedDataTable t, final int column) {
        for (DataRow r : t) {
            if (!r.getCell(column).isMissing()) {
                return r.getCell(column).toString();
            }
        }
        throw new AssertionError("no embedded row");
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() throws Exception {
        NodeHarness.Monitor progress = new NodeHarness.Monitor(-1);
        Fixtures.node("EmbedderNodeFactory").execute(progress, Fixtures.trained()[0], Fixtures.supercells());
        assertTrue(!progress.progress.isEmpty() && progress.progress.get(progress.progress.size() - 1) > 0.99,
            "progress up to the end: " + progress.progress);
        NodeDriver node = Fixtures.node("EmbedderNodeFactory");
        assertThrows(CanceledExecutionException.class, () -> node.execute(new NodeHarness.Monitor(0),
            Fixtures.trained()[0], Fixtures.supercells()));
    }

    @Test
    void streamsWithTheSameResultAsAnExecution() throws Exception {
        NodeDriver node = Fixtures.node("EmbedderNodeFactory");
        assertTrue(node.model().getInputPortRoles()[1].isStreamable());
        assertFalse(node.model().getInputPortRoles()[0].isStreamable(), "the model arrives whole");
        BufferedDataTable executed =
            (BufferedDataTable)node.execute(new NodeHarness.Monitor(-1), Fixtures.trained()[0], Fixtures.supercells())[0];
        NodeHarness.assertSameTable(executed,
            node.stream(new NodeHarness.Monitor(-1), Fixtures.trained()[0], Fixtures.supercells())[0]);
        NodeHarness.assertSameTable(executed, Fixtures.node("EmbedderNodeFactory").stream(new NodeHarness.Monitor(-1),
            Fixtures.trained()[0], Fixtures.supercells())[0]);
    }

    @Test
    void aCrystalsVectorDoesNotDependOnTheRowsAroundIt() throws Exception {
        // Copies of the sample crystals, more rows than one chunk, so that copies fall into different chunks and
        // batches: each copy must get its crystal's vector.
        BufferedDataTable one = Fixtures.supercells();
        List<DataRow> rows = new ArrayList<>();
        for (int copy = 0; rows.size() <= 1200; copy++) {
            for (DataRow r : one) {
                rows.add(new DefaultRow(new RowKey(r.getKey().getString() + "#" + copy), cells(r)));
            }
        }
        BufferedDataTable many = NodeDriver.table(one.getDataTableSpec(), rows);
        BufferedDataTable out = (BufferedDataTable)Fixtures.node("EmbedderNodeFactory")
            .set("untrained_baseline", true).execute(new NodeHarness.Monitor(-1), null, many)[0];
        int z0 = out.getDataTableSpec().findColumnIndex("z0");
        Map<String, double[]> first = new HashMap<>();
        for (DataRow r : out) {
            if (r.getCell(z0).isMissing()) {
                continue;
            }
            double[] z = new double[64];
            for (int i = 0; i < z.length; i++) {
                z[i] = ((DoubleValue)r.getCell(z0 + i)).getDoubleValue();
            }
            String crystal = r.getKey().getString().replaceAll("#\\d+$", "");
            double[] expected = first.putIfAbsent(crystal, z);
            if (expected != null) {
                assertArrayEquals(expected, z, 1e-5, r.getKey().getString());
            }
        }
        assertEquals(one.size(), first.size() + missing(one), "every embedded crystal seen");
    }

    private static List<DataCell> cells(final DataRow r) {
        List<DataCell> cells = new ArrayList<>();
        for (int c = 0; c < r.getNumCells(); c++) {
            cells.add(r.getCell(c));
        }
        return cells;
    }

    private static int missing(final BufferedDataTable supercells) {
        int column = supercells.getDataTableSpec().findColumnIndex("supercell");
        int n = 0;
        for (DataRow r : supercells) {
            n += r.getCell(column).isMissing() ? 1 : 0;
        }
        return n;
    }

    @Test
    void withoutModelOrBaselineConfigureSaysWhatToDo() throws Exception {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> Fixtures.node("EmbedderNodeFactory").configure(null, Fixtures.supercells().getSpec()));
        assertTrue(e.getMessage().contains("untrained baseline"), e.getMessage());
    }

    @Test
    void localMeansAreNamedL() throws Exception {
        DataTableSpec spec = (DataTableSpec)Fixtures.node("EmbedderNodeFactory").set("local_mean", true)
            .configure(Fixtures.trained()[0].getSpec(), Fixtures.supercells().getSpec())[0];
        assertTrue(spec.containsName("l0") && spec.containsName("l31") && !spec.containsName("l32"));
    }
}
