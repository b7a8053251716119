package org.knime.core.node;

import java.awt.Component;

/**
 * Stand-in: a node's Swing view. Here it keeps the component it is given, so that a test can render it without
 * opening a window.
 */
public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T> {

    private Component component;

    protected NodeView(final T nodeModel) {
        super(nodeModel);
    }

    protected T getNodeModel() {
        return getViewableModel();
    }

    protected abstract void onClose();

    protected abstract void onOpen();

    protected final Component getComponent() {
        return component;
    }

    protected final void setComponent(final Component comp) {
        component = comp;
    }
}
