package org.example.dim.nodes.modelreader;

import org.example.dim.nodes.util.DimNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Creates the DIM Model Reader node; its description is DimModelReaderNodeFactory.xml. */
public final class DimModelReaderNodeFactory extends DimNodeFactory<DimModelReaderNodeModel> {

    @Override
    public DimModelReaderNodeModel createNodeModel() {
        return new DimModelReaderNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new DimModelReaderNodeDialog();
    }
}
