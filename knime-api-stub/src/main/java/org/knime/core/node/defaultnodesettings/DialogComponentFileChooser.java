package org.knime.core.node.defaultnodesettings;

/** Stand-in: a text field with a file browser for a path or URL setting. */
public class DialogComponentFileChooser extends DialogComponent {

    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
        final String... validExtensions) {
        super(stringModel);
    }

    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
        final int dialogType, final String... validExtensions) {
        super(stringModel);
    }
}
