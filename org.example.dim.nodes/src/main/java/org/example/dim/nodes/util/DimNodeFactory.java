package org.example.dim.nodes.util;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;

/** The factory shape of the nodes here: a dialog, and no views unless a node adds one. */
public abstract class DimNodeFactory<T extends NodeModel> extends NodeFactory<T> {

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<T> createNodeView(final int viewIndex, final T nodeModel) {
        throw new IndexOutOfBoundsException("this node has no views, asked for view " + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }
}
