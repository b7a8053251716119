package org.example.dim.nodes.embedder;

import org.example.dim.nodes.util.DimNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Creates the Embedder node; its description is EmbedderNodeFactory.xml. */
public final class EmbedderNodeFactory extends DimNodeFactory<EmbedderNodeModel> {

    @Override
    public EmbedderNodeModel createNodeModel() {
        return new EmbedderNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new EmbedderNodeDialog();
    }
}
