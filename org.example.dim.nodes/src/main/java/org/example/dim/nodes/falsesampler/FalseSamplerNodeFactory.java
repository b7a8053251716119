package org.example.dim.nodes.falsesampler;

import org.example.dim.nodes.util.DimNodeFactory;

/** Creates the False Sampler node; its description is FalseSamplerNodeFactory.xml. */
public final class FalseSamplerNodeFactory extends DimNodeFactory<FalseSamplerNodeModel> {

    public FalseSamplerNodeFactory() {
        super(FalseSamplerNodeModel::new, FalseSamplerNodeDialog::new);
    }
}
