package org.knime.core.node;

/** Stand-in: a node's Swing view. Our nodes have none; the type is needed by NodeFactory's signature. */
public abstract class NodeView<T extends NodeModel> {

    protected NodeView(final T nodeModel) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
