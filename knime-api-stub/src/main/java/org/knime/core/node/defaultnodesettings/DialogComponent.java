package org.knime.core.node.defaultnodesettings;

/** Stand-in: the Swing editor of one settings model. */
public abstract class DialogComponent {

    public DialogComponent(final SettingsModel model) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
