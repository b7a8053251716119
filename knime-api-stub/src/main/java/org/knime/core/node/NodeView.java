package org.knime.core.node;

import java.awt.Component;

/** Stand-in: a node's Swing view. KNIME shows the component it is given in the view's window; here nothing does. */
public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T> {

    protected NodeView(final T nodeModel) {
        super(nodeModel);
    }

    protected T getNodeModel() {
        return getViewableModel();
    }

    protected abstract void onClose();

    protected abstract void onOpen();

    protected final void setComponent(final Component comp) {
    }
}
