package org.example.dim.nodes.embedder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.example.dim.nodes.Fixtures;
import org.example.dim.nodes.NodeHarness;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
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
