package org.example.dim.nodes.importance;

import org.example.dim.nodes.util.DimNodeFactory;

/** Creates the Feature-Importance Evaluator node; its description is FeatureImportanceNodeFactory.xml. */
public final class FeatureImportanceNodeFactory extends DimNodeFactory<FeatureImportanceNodeModel> {

    public FeatureImportanceNodeFactory() {
        super(FeatureImportanceNodeModel::new, FeatureImportanceNodeDialog::new);
    }
}
