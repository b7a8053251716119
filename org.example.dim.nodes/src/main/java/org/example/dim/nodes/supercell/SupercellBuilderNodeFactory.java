package org.example.dim.nodes.supercell;

import org.example.dim.nodes.util.DimNodeFactory;

/** Creates the Supercell Builder node; its description is SupercellBuilderNodeFactory.xml. */
public final class SupercellBuilderNodeFactory extends DimNodeFactory<SupercellBuilderNodeModel> {

    public SupercellBuilderNodeFactory() {
        super(SupercellBuilderNodeModel::new, SupercellBuilderNodeDialog::new);
    }
}
