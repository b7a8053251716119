package org.example.dim.nodes.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.example.dim.nodes.Fixtures;
import org.example.dim.nodes.NodeHarness;
import org.example.dim.nodes.types.DimModelPortObject;
import org.example.dim.nodes.types.DimModelPortObjectSpec;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.NodeDriver;
import org.knime.core.node.port.PortObjectSpec;

/** The DIM Trainer node through the harness: model and history, device check, progress, cancellation. */
class DimTrainerNodeTest {

    @Test
    void trainsAModelAndReportsItsHistory() throws Exception {
        DimModelPortObject model = (DimModelPortObject)Fixtures.trained()[0];
        BufferedDataTable history = (BufferedDataTable)Fixtures.trained()[1];
        assertEquals(64, model.getSpec().getGlobalDim());
        assertEquals(1, ((Number)model.getContents().training().get("epochs_run")).intValue());
        assertEquals(2, history.size(), "epoch 0 (untrained) and epoch 1, training split only");
        for (DataRow r : history) {
            assertEquals("train", r.getCell(1).toString());
            assertTrue(Double.isFinite(Double.parseDouble(r.getCell(2).toString())));
        }
    }

    @Test
    void configureKnowsTheModelsWidths() throws Exception {
        PortObjectSpec[] specs = Fixtures.node("DimTrainerNodeFactory").configure(Fixtures.supercells().getSpec());
        assertEquals(32, ((DimModelPortObjectSpec)specs[0]).getLocalDim());
        assertEquals(DimTrainerJob.HISTORY, specs[1]);
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() throws Exception {
        NodeDriver node = Fixtures.node("DimTrainerNodeFactory").set("epochs", 3).set("validation_fraction", 0.0);
        NodeHarness.Monitor progress = new NodeHarness.Monitor(2);
        assertThrows(CanceledExecutionException.class, () -> node.execute(progress, Fixtures.supercells()));
        assertFalse(progress.progress.isEmpty());
    }

    @Test
    void refusesADeviceThatIsNotInstalled() throws Exception {
        NodeDriver node = Fixtures.node("DimTrainerNodeFactory").set("epochs", 1).set("device", "gpu");
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> node.execute(new NodeHarness.Monitor(-1), Fixtures.supercells()));
        assertTrue(e.getMessage().contains("GPU"), e.getMessage());
    }
}
