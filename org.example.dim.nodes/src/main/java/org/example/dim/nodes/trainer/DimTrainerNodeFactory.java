package org.example.dim.nodes.trainer;

import org.example.dim.nodes.util.DimNodeFactory;
import org.knime.core.node.NodeView;

/** Creates the DIM Trainer node; its description is DimTrainerNodeFactory.xml. */
public final class DimTrainerNodeFactory extends DimNodeFactory<DimTrainerNodeModel> {

    public DimTrainerNodeFactory() {
        super(DimTrainerNodeModel::new, DimTrainerNodeDialog::new);
    }

    @Override
    protected int getNrNodeViews() {
        return 1;
    }

    @Override
    public NodeView<DimTrainerNodeModel> createNodeView(final int viewIndex, final DimTrainerNodeModel nodeModel) {
        return new LossCurveView(nodeModel);
    }
}
