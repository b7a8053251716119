package org.knime.core.node;

/** Stand-in: creates a node's model, views and dialog; its description is the XML file next to it. */
public abstract class NodeFactory<T extends NodeModel> {

    protected NodeFactory() {
    }

    public abstract T createNodeModel();

    protected abstract int getNrNodeViews();

    public abstract NodeView<T> createNodeView(final int viewIndex, final T nodeModel);

    protected abstract boolean hasDialog();

    protected abstract NodeDialogPane createNodeDialogPane();
}
