package org.example.dim.nodes.cifreader;

import org.example.dim.nodes.util.DimNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Creates the CIF Reader node; its description is CifReaderNodeFactory.xml. */
public final class CifReaderNodeFactory extends DimNodeFactory<CifReaderNodeModel> {

    @Override
    public CifReaderNodeModel createNodeModel() {
        return new CifReaderNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new CifReaderNodeDialog();
    }
}
