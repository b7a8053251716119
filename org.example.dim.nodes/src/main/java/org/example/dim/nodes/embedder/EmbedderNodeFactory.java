package org.example.dim.nodes.embedder;

import org.example.dim.nodes.util.DimNodeFactory;

/** Creates the Embedder node; its description is EmbedderNodeFactory.xml. */
public final class EmbedderNodeFactory extends DimNodeFactory<EmbedderNodeModel> {

    public EmbedderNodeFactory() {
        super(EmbedderNodeModel::new, EmbedderNodeDialog::new);
    }
}
