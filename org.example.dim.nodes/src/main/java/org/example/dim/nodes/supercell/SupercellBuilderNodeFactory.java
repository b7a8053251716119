package org.example.dim.nodes.supercell;

import org.example.dim.nodes.util.DimNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Creates the Supercell Builder node; its description is SupercellBuilderNodeFactory.xml. */
public final class SupercellBuilderNodeFactory extends DimNodeFactory<SupercellBuilderNodeModel> {

    @Override
    public SupercellBuilderNodeModel createNodeModel() {
        return new SupercellBuilderNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new SupercellBuilderNodeDialog();
    }
}
