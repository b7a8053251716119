package org.example.dim.nodes.labelmasker;

import org.example.dim.nodes.util.DimNodeFactory;

/** Creates the Label Masker node; its description is LabelMaskerNodeFactory.xml. */
public final class LabelMaskerNodeFactory extends DimNodeFactory<LabelMaskerNodeModel> {

    public LabelMaskerNodeFactory() {
        super(LabelMaskerNodeModel::new, LabelMaskerNodeDialog::new);
    }
}
