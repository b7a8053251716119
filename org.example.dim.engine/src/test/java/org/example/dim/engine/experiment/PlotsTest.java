package org.example.dim.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotsTest {

    @TempDir
    Path dir;

    @Test
    void theHeatmapShowsHelpInBlueAndHarmInRed() throws Exception {
        double[] five = {1, 1, 1, 1, 1};
        List<FeatureImportance.Cell> cells = List.of(
                new FeatureImportance.Cell("band_gap", "density", -60, -70, -50, true, 1, 0.4, five, five),
                new FeatureImportance.Cell("band_gap", "n_sites", 40, 30, 50, true, 1, 1.4, five, five));
        Path png = dir.resolve("heatmap.png");
        Plots.importanceHeatmap(cells, "test", png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(160 + 2 * 110, image.getWidth());
        boolean blue = false;
        boolean red = false;
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int b = rgb & 0xff;
                blue |= b > 200 && r < 120;
                red |= r > 200 && b < 120;
            }
        }
        assertTrue(blue && red, "blue " + blue + ", red " + red);
    }

    @Test
    void theBoxPlotIsWritten() throws Exception {
        List<RepresentationExperiment.Result> results = List.of(
                new RepresentationExperiment.Result("dim", "linear", 50, 1, 0.5),
                new RepresentationExperiment.Result("dim", "linear", 50, 2, 0.6),
                new RepresentationExperiment.Result("untrained", "linear", 50, 1, 0.8),
                new RepresentationExperiment.Result("untrained", "linear", 50, 2, 0.7));
        Path png = dir.resolve("box.png");
        Plots.maeBoxPlot(results, "linear", "formation_energy_per_atom", png);
        assertEquals(900, ImageIO.read(png.toFile()).getWidth());
    }
}
