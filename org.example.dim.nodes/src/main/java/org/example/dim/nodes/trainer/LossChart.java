package org.example.dim.nodes.trainer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.swing.JComponent;
import org.example.dim.engine.dim.HistoryRow;
import org.example.dim.engine.dim.Losses;

/** The four DIM losses per epoch: training solid, validation dashed; one colour per loss. */
final class LossChart extends JComponent {

    private static final long serialVersionUID = 1L;

    private static final int MARGIN = 40;

    private static final String[] NAMES = {"local DIM", "local KL", "global DIM", "global KL"};

    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728)};

    private static final List<ToDoubleFunction<Losses>> LOSSES =
        List.of(Losses::localDim, Losses::localKl, Losses::globalDim, Losses::globalKl);

    private transient List<HistoryRow> history = List.of();

    LossChart() {
        setPreferredSize(new Dimension(640, 400));
        setBackground(Color.WHITE);
        setOpaque(true);
    }

    void setHistory(final List<HistoryRow> rows) {
        history = List.copyOf(rows);
        repaint();
    }

    @Override
    protected void paintComponent(final Graphics graphics) {
        Graphics2D g = (Graphics2D)graphics;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(getBackground());
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setColor(Color.DARK_GRAY);
        if (history.isEmpty()) {
            g.drawString("No training history: execute the node.", MARGIN, MARGIN);
            return;
        }
        int lastEpoch = history.stream().mapToInt(HistoryRow::epoch).max().orElse(0);
        double top = history.stream().flatMapToDouble(r -> LOSSES.stream().mapToDouble(l -> l.applyAsDouble(
            r.losses()))).filter(Double::isFinite).max().orElse(1);
        int w = getWidth() - 2 * MARGIN;
        int h = getHeight() - 2 * MARGIN;
        g.drawLine(MARGIN, MARGIN, MARGIN, MARGIN + h);
        g.drawLine(MARGIN, MARGIN + h, MARGIN + w, MARGIN + h);
        g.drawString("epoch " + lastEpoch, MARGIN + w - 50, MARGIN + h + 15);
        g.drawString(String.format("%.3g", top), 2, MARGIN + 5);
        g.drawString("0", MARGIN - 12, MARGIN + h);
        for (int i = 0; i < LOSSES.size(); i++) {
            g.setColor(COLOURS[i]);
            g.drawString(NAMES[i], MARGIN + 10 + 110 * i, MARGIN - 10);
            for (String split : List.of(HistoryRow.TRAIN, HistoryRow.VALIDATION)) {
                Path2D.Double line = new Path2D.Double();
                for (HistoryRow r : history) {
                    double v = LOSSES.get(i).applyAsDouble(r.losses());
                    if (!r.split().equals(split) || !Double.isFinite(v)) {
                        continue;
                    }
                    double x = MARGIN + w * (lastEpoch == 0 ? 0.5 : r.epoch() / (double)lastEpoch);
                    double y = MARGIN + h * (1 - v / top);
                    if (line.getCurrentPoint() == null) {
                        line.moveTo(x, y);
                    } else {
                        line.lineTo(x, y);
                    }
                }
                g.setStroke(split.equals(HistoryRow.TRAIN) ? new BasicStroke(2)
                    : new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
                g.draw(line);
            }
        }
    }
}
