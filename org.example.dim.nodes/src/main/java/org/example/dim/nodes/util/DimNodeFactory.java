package org.example.dim.nodes.util;

import java.util.function.Supplier;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;

/**
 * The factory shape of the nodes here: a model and a dialog, and no views unless a node adds one. KNIME creates
 * factories by their no-argument constructor, so each node's factory passes its constructors here.
 */
public abstract class DimNodeFactory<T extends NodeModel> extends NodeFactory<T> {

    private final Supplier<T> model;

    private final Supplier<NodeDialogPane> dialog;

    protected DimNodeFactory(final Supplier<T> model, final Supplier<NodeDialogPane> dialog) {
        this.model = model;
        this.dialog = dialog;
    }

    @Override
    public T createNodeModel() {
        return model.get();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return dialog.get();
    }

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
