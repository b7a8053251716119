package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.NodeDialogPane;

/** Stand-in: a dialog built from dialog components, which load and save their settings models. */
public class DefaultNodeSettingsPane extends NodeDialogPane {

    public DefaultNodeSettingsPane() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    public void createNewTab(final String tabTitle) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    public void createNewGroup(final String title) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    public void closeCurrentGroup() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    public void addDialogComponent(final DialogComponent diaC) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
