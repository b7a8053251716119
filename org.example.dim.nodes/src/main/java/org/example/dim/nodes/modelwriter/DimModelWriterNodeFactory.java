package org.example.dim.nodes.modelwriter;

import org.example.dim.nodes.util.DimNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Creates the DIM Model Writer node; its description is DimModelWriterNodeFactory.xml. */
public final class DimModelWriterNodeFactory extends DimNodeFactory<DimModelWriterNodeModel> {

    @Override
    public DimModelWriterNodeModel createNodeModel() {
        return new DimModelWriterNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new DimModelWriterNodeDialog();
    }
}
