package org.example.dim.nodes.trainer;

import org.knime.core.node.NodeView;

/** The DIM Trainer's view: its loss curves, redrawn whenever the node executes or is reset. */
final class LossCurveView extends NodeView<DimTrainerNodeModel> {

    private final LossChart chart = new LossChart();

    LossCurveView(final DimTrainerNodeModel model) {
        super(model);
        setComponent(chart);
        modelChanged();
    }

    @Override
    protected void modelChanged() {
        chart.setHistory(getNodeModel().history());
    }

    @Override
    protected void onOpen() {
        modelChanged();
    }

    @Override
    protected void onClose() {
    }

    LossChart chart() {
        return chart;
    }
}
