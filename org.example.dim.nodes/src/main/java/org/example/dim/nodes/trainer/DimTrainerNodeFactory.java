package org.example.dim.nodes.trainer;

import org.example.dim.nodes.util.DimNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Creates the DIM Trainer node; its description is DimTrainerNodeFactory.xml. */
public final class DimTrainerNodeFactory extends DimNodeFactory<DimTrainerNodeModel> {

    @Override
    public DimTrainerNodeModel createNodeModel() {
        return new DimTrainerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new DimTrainerNodeDialog();
    }
}
