package org.example.dim.engine.experiment;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/** The experiments' figures as PNG files (JFreeChart), like the papers' box plots and heatmaps. */
public final class Plots {

    static {
        System.setProperty("java.awt.headless", "true"); // batch executors and CI have no display
    }

    private Plots() {
    }

    /** Test MAE per label count (x) and representation (boxes) for one downstream model. */
    public static void maeBoxPlot(List<RepresentationExperiment.Result> results, String model, String target, Path png)
            throws IOException {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        Set<String> representations = new LinkedHashSet<>();
        Set<Integer> counts = new java.util.TreeSet<>();
        results.stream().filter(r -> r.model().equals(model)).forEach(r -> {
            representations.add(r.representation());
            counts.add(r.labels());
        });
        for (String rep : representations) {
            for (int n : counts) {
                List<Double> maes = new ArrayList<>();
                results.stream().filter(r -> r.model().equals(model) && r.representation().equals(rep) && r.labels() == n)
                        .forEach(r -> maes.add(r.mae()));
                data.add(maes, rep, n);
            }
        }
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
        renderer.setMeanVisible(false);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("labelled training crystals"),
                new NumberAxis("test MAE (" + target + ")"), renderer);
        ChartUtils.saveChartAsPNG(png.toFile(), new JFreeChart(model + " on " + target, plot), 900, 560);
    }

    /**
     * Targets (rows) × features (columns), coloured by the mean change of MAE in % (blue: augmenting
     * helps, red: it hurts), with significant cells marked by an asterisk.
     */
    public static void importanceHeatmap(List<FeatureImportance.Cell> cells, String title, Path png)
            throws IOException {
        java.nio.file.Files.write(png, importanceHeatmap(cells, title));
    }

    /** The heatmap as PNG bytes, for hosts that keep images in memory (a KNIME image port). */
    public static byte[] importanceHeatmap(List<FeatureImportance.Cell> cells, String title) throws IOException {
        List<String> targets = new ArrayList<>(new LinkedHashSet<>(cells.stream().map(FeatureImportance.Cell::target)
                .toList()));
        List<String> features = new ArrayList<>(new LinkedHashSet<>(cells.stream().map(FeatureImportance.Cell::feature)
                .toList()));
        double[][] xyz = new double[3][cells.size()];
        double limit = 1;
        XYPlot plot = new XYPlot();
        for (int i = 0; i < cells.size(); i++) {
            FeatureImportance.Cell c = cells.get(i);
            xyz[0][i] = features.indexOf(c.feature());
            xyz[1][i] = targets.indexOf(c.target());
            xyz[2][i] = c.meanPct();
            limit = Math.max(limit, Math.min(100, Math.abs(c.meanPct())));
            XYTextAnnotation label = new XYTextAnnotation(String.format(c.significant() ? "%.0f%%*" : "%.0f%%",
                    c.meanPct()), xyz[0][i], xyz[1][i]);
            label.setFont(new Font(Font.SANS_SERIF, c.significant() ? Font.BOLD : Font.PLAIN, 12));
            plot.addAnnotation(label);
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("importance", xyz);
        LookupPaintScale scale = new LookupPaintScale(-limit, limit, Color.LIGHT_GRAY);
        int steps = 40;
        for (int k = 0; k < steps; k++) {
            double v = -limit + 2 * limit * k / steps;
            double t = Math.min(1, Math.abs(v) / limit);
            int fade = (int) Math.round(255 * (1 - t));
            scale.add(v, v < 0 ? new Color(fade, fade, 255) : new Color(255, fade, fade));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        plot.setDataset(data);
        plot.setRenderer(renderer);
        plot.setDomainAxis(new SymbolAxis("augmenting property", features.toArray(String[]::new)));
        plot.setRangeAxis(new SymbolAxis("target", targets.toArray(String[]::new)));
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        PaintScaleLegend legend = new PaintScaleLegend(scale, new NumberAxis("change of test MAE (%)"));
        legend.setPosition(RectangleEdge.RIGHT);
        chart.addSubtitle(legend);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(bytes, chart, 160 + 110 * features.size(), 160 + 60 * targets.size());
        return bytes.toByteArray();
    }
}
