package org.knime.core.node;

/** Stand-in: a node's configuration dialog. */
public abstract class NodeDialogPane {

    protected NodeDialogPane() {
    }
}
