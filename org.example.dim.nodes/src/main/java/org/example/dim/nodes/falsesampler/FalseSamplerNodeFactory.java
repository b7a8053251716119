package org.example.dim.nodes.falsesampler;

import org.example.dim.nodes.util.DimNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Creates the False Sampler node; its description is FalseSamplerNodeFactory.xml. */
public final class FalseSamplerNodeFactory extends DimNodeFactory<FalseSamplerNodeModel> {

    @Override
    public FalseSamplerNodeModel createNodeModel() {
        return new FalseSamplerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new FalseSamplerNodeDialog();
    }
}
