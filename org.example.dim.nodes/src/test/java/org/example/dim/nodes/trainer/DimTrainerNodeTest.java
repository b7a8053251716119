package org.example.dim.nodes.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.example.dim.engine.dim.DimConfig;
import org.example.dim.engine.falsesample.FalseSampleKind;
import org.example.dim.nodes.Fixtures;
import org.example.dim.nodes.NodeHarness;
import org.example.dim.nodes.types.DimModelPortObject;
import org.example.dim.nodes.types.DimModelPortObjectSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.NodeDriver;
import org.knime.core.node.port.PortObject;
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
    void theLossCurveViewDrawsTheHistoryThatSurvivesSaveAndLoad(@TempDir final Path internals) throws Exception {
        NodeDriver node = Fixtures.node("DimTrainerNodeFactory").set("epochs", 2).set("validation_fraction", 0.5);
        node.execute(new NodeHarness.Monitor(-1), Fixtures.supercells());
        DimTrainerNodeModel model = (DimTrainerNodeModel)node.model();
        assertEquals(6, model.history().size(), "epochs 0-2, training and validation");
        model.saveInternals(internals.toFile(), new ExecutionMonitor());
        DimTrainerNodeModel reopened = (DimTrainerNodeModel)Fixtures.node("DimTrainerNodeFactory").model();
        reopened.loadInternals(internals.toFile(), new ExecutionMonitor());
        assertEquals(model.history(), reopened.history());

        LossCurveView view = (LossCurveView)new DimTrainerNodeFactory().createNodeView(0, reopened);
        LossChart chart = view.chart();
        chart.setSize(320, 200);
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        chart.paint(image.getGraphics());
        long coloured = 0;
        for (int x = 0; x < 320; x++) {
            for (int y = 0; y < 200; y++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                int r = rgb >> 16;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                coloured += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80 ? 1 : 0;
            }
        }
        assertTrue(coloured > 100, "the curves are drawn in colour: " + coloured + " pixels");
        reopened.reset();
        assertTrue(reopened.history().isEmpty());
    }

    @Test
    void damagedInternalsAreAClearError(@TempDir final Path internals) throws Exception {
        Files.writeString(internals.resolve(HistoryFile.NAME), "1\ttrain\tx\n");
        IOException e = assertThrows(IOException.class, () -> new DimTrainerNodeModel().loadInternals(
            internals.toFile(), new ExecutionMonitor()));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void goesOnTrainingAConnectedModel() throws Exception {
        DimModelPortObject start = (DimModelPortObject)Fixtures.trained()[0];
        NodeDriver node = Fixtures.node("DimTrainerNodeFactory").set("epochs", 1).set("validation_fraction", 0.0)
            .set("learning_rate", 0.01);
        DimModelPortObjectSpec promised = (DimModelPortObjectSpec)node.configure(Fixtures.supercells().getSpec(),
            start.getSpec())[0];
        assertTrue(promised.getDescription().startsWith("continued"), promised.getDescription());
        DimModelPortObject continued = (DimModelPortObject)node.execute(new NodeHarness.Monitor(-1),
            Fixtures.supercells(), start)[0];
        assertEquals(start.getContents().config(), continued.getContents().config(), "the model's architecture");
        float[] before = start.getContents().parameters().values().iterator().next();
        float[] after = continued.getContents().parameters().values().iterator().next();
        assertFalse(java.util.Arrays.equals(before, after), "the weights moved on");
    }

    @Test
    void aModelTrainedOnOtherSupercellsIsRefused() throws Exception {
        BufferedDataTable other = (BufferedDataTable)Fixtures.node("SupercellBuilderNodeFactory")
            .set("supercell_size", 20).execute(new NodeHarness.Monitor(-1), Fixtures.crystals())[0];
        NodeDriver node = Fixtures.node("DimTrainerNodeFactory").set("epochs", 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> node.execute(new NodeHarness.Monitor(-1), other, Fixtures.trained()[0]));
        assertTrue(e.getMessage().contains("model to continue"), e.getMessage());
    }

    @Test
    void trainsWithTheFalseSamplersTableAndAGivenValidationSet() throws Exception {
        BufferedDataTable generated = (BufferedDataTable)Fixtures.node("FalseSamplerNodeFactory")
            .set("kinds", "vacancy,thermal").set("in_batch_kinds", "composition")
            .execute(new NodeHarness.Monitor(-1), Fixtures.crystals())[0];
        BufferedDataTable supercells = Fixtures.supercells();
        NodeDriver node = Fixtures.node("DimTrainerNodeFactory").set("epochs", 1).set("validation_fraction", 0.5);
        DimModelPortObject model = (DimModelPortObject)node.execute(new NodeHarness.Monitor(-1), supercells, null,
            generated, supercells)[0];
        assertEquals(EnumSet.of(FalseSampleKind.OTHER_CRYSTAL, FalseSampleKind.FALSE_COMPOSITION),
            model.getContents().config().falseSamples(), "the in-batch kinds chosen in the False Sampler");
        Map<String, Object> training = model.getContents().training();
        long samples = ((Number)training.get("generated_samples")).longValue();
        assertTrue(samples > 0 && samples <= generated.size(), samples + " of " + generated.size());
        int column = supercells.getDataTableSpec().findColumnIndex("supercell");
        long rows = 0;
        for (DataRow r : supercells) {
            rows += r.getCell(column).isMissing() ? 0 : 1;
        }
        assertEquals(rows, ((Number)training.get("validation_crystals")).longValue(), "the whole validation input");
        assertEquals(rows, ((Number)training.get("train_crystals")).longValue(), "no share held out");
    }

    @Test
    void fineTunesWithoutAValidationShareWhenValidationSupercellsAreConnected() throws Exception {
        DimModelPortObject start = (DimModelPortObject)Fixtures.trained()[0];
        NodeDriver node = Fixtures.node("DimTrainerNodeFactory").set("epochs", 1).set("validation_fraction", 0.0)
            .set("label_column", "density");
        DimModelPortObjectSpec promised = (DimModelPortObjectSpec)node.configure(Fixtures.supercells().getSpec(),
            start.getSpec(), null, Fixtures.supercells().getSpec())[0];
        DimModelPortObject tuned = (DimModelPortObject)node.execute(new NodeHarness.Monitor(-1), Fixtures.supercells(),
            start, null, Fixtures.supercells())[0];
        assertEquals("density", tuned.getSpec().getPredictedLabel());
        assertEquals(promised.getGlobalDim(), tuned.getSpec().getGlobalDim());
        assertEquals(promised.getLocalDim(), tuned.getSpec().getLocalDim());
    }

    @Test
    void fineTunesOnALabelColumnAndTheEmbedderThenPredictsIt() throws Exception {
        DimModelPortObject start = (DimModelPortObject)Fixtures.trained()[0];
        NodeDriver node = Fixtures.node("DimTrainerNodeFactory").set("epochs", 3).set("validation_fraction", 0.3)
            .set("label_column", "density").set("learning_rate", 0.001);
        PortObject[] out = node.execute(new NodeHarness.Monitor(-1), Fixtures.supercells(), start);
        DimModelPortObject tuned = (DimModelPortObject)out[0];
        assertEquals("density", tuned.getSpec().getPredictedLabel());
        assertEquals("density", tuned.getContents().fineTunedLabel().orElseThrow());
        assertEquals("the connected DIM model", tuned.getContents().training().get("started_from"));
        BufferedDataTable history = (BufferedDataTable)out[1];
        assertEquals(DimTrainerJob.FINE_TUNING_HISTORY, history.getDataTableSpec());
        assertEquals(3, history.size());

        BufferedDataTable embedded = (BufferedDataTable)Fixtures.node("EmbedderNodeFactory")
            .execute(new NodeHarness.Monitor(-1), tuned, Fixtures.supercells())[0];
        int prediction = embedded.getDataTableSpec().findColumnIndex("Prediction (density)");
        int density = embedded.getDataTableSpec().findColumnIndex("density");
        int supercell = embedded.getDataTableSpec().findColumnIndex("supercell");
        assertTrue(prediction > 0, embedded.getDataTableSpec().toString());
        int predicted = 0;
        double error = 0;
        double spread = 0;
        double mean = 0;
        for (DataRow r : embedded) {
            if (!r.getCell(supercell).isMissing()) {
                mean += ((DoubleValue)r.getCell(density)).getDoubleValue();
                predicted++;
            }
        }
        mean /= predicted;
        for (DataRow r : embedded) {
            if (!r.getCell(supercell).isMissing()) {
                double y = ((DoubleValue)r.getCell(density)).getDoubleValue();
                error += Math.abs(((DoubleValue)r.getCell(prediction)).getDoubleValue() - y);
                spread += Math.abs(y - mean);
            }
        }
        // The labels are standardised for training: predictions must come back in g/cm³, within about the labels'
        // own spread of them (a missing de-standardisation would be off by about the mean, several g/cm³).
        assertTrue(error / predicted < 2 * spread / predicted + 0.5, error / predicted + " vs " + spread / predicted);

        BufferedDataTable baseline = (BufferedDataTable)Fixtures.node("EmbedderNodeFactory")
            .set("untrained_baseline", true).execute(new NodeHarness.Monitor(-1), tuned, Fixtures.supercells())[0];
        assertEquals(-1, baseline.getDataTableSpec().findColumnIndex("Prediction (density)"),
            "the untrained baseline predicts nothing");
    }

    @Test
    void fineTuningAConnectedModelUsesTheNodesLearningRate() throws Exception {
        DimModelPortObject start = (DimModelPortObject)Fixtures.trained()[0];
        assertEquals(1e-4, start.getContents().config().learningRate(), "the DIM model was trained at 1e-4");
        // At the smallest rate the encoder barely moves from the DIM model's weights; at a large one it moves far.
        assertTrue(encoderChange(start, 1e-9) < 1e-6, "a rate of 1e-9 leaves the encoder as it was");
        assertTrue(encoderChange(start, 0.01) > 1e-3, "a rate of 0.01 moves it");
    }

    /** The largest change of an encoder weight when the connected model is fine-tuned for 2 epochs at {@code rate}. */
    private static double encoderChange(final DimModelPortObject start, final double rate) throws Exception {
        DimModelPortObject tuned = (DimModelPortObject)Fixtures.node("DimTrainerNodeFactory").set("epochs", 2)
            .set("validation_fraction", 0.3).set("label_column", "density").set("learning_rate", rate)
            .execute(new NodeHarness.Monitor(-1), Fixtures.supercells(), start)[0];
        assertEquals(rate, ((Number)tuned.getContents().training().get("learning_rate")).doubleValue());
        Map<String, float[]> before = start.getContents().parameters();
        double most = 0;
        for (Map.Entry<String, float[]> e : tuned.getContents().parameters().entrySet()) {
            float[] old = before.get(e.getKey());
            if (old != null) { // the regression head has no counterpart in the DIM model
                for (int i = 0; i < old.length; i++) {
                    most = Math.max(most, Math.abs(e.getValue()[i] - old[i]));
                }
            }
        }
        return most;
    }

    @Test
    void theModelCanBeChangedByName() throws Exception {
        NodeDriver node = Fixtures.node("DimTrainerNodeFactory").set("epochs", 1)
            .set("architecture", "local_dim=8, global_dim=16, local_activation=mish");
        DimModelPortObjectSpec promised = (DimModelPortObjectSpec)node.configure(Fixtures.supercells().getSpec())[0];
        assertEquals(16, promised.getGlobalDim());
        assertEquals(8, promised.getLocalDim());
        DimModelPortObject model = (DimModelPortObject)node.execute(new NodeHarness.Monitor(-1),
            Fixtures.supercells())[0];
        assertEquals(8, model.getContents().config().localDim());
        assertEquals(DimConfig.Activation.MISH, model.getContents().config().localActivation());
        BufferedDataTable embedded = (BufferedDataTable)Fixtures.node("EmbedderNodeFactory")
            .execute(new NodeHarness.Monitor(-1), model, Fixtures.supercells())[0];
        assertTrue(embedded.getDataTableSpec().containsName("z15"));
        assertFalse(embedded.getDataTableSpec().containsName("z16"), "16 values per crystal");

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> Fixtures.node("DimTrainerNodeFactory").set("architecture", "local_dim=big"));
        assertTrue(e.getMessage().contains("architecture") && e.getMessage().contains("local_dim=big"),
            e.getMessage());
    }

    @Test
    void aLabelColumnThatIsNotNumericIsRefused() throws Exception {
        NodeDriver node = Fixtures.node("DimTrainerNodeFactory").set("label_column", "formula");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> node.configure(Fixtures.supercells().getSpec()));
        assertTrue(e.getMessage().contains("not numeric"), e.getMessage());
    }

    @Test
    void aTableWithoutTheFalseSamplersColumnsIsRefusedAtConfigure() throws Exception {
        NodeDriver node = Fixtures.node("DimTrainerNodeFactory");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> node.configure(Fixtures.supercells().getSpec(), null, Fixtures.supercells().getSpec()));
        assertTrue(e.getMessage().contains("source_row"), e.getMessage());
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
