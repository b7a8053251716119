package org.knime.core.node.defaultnodesettings;

/** Stand-in: dialog component. */
public final class DialogComponentStringSelection extends DialogComponent {

    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label, final String... list) {
        super(null);
    }
}
