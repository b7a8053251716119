package org.knime.core.node.defaultnodesettings;

/** Stand-in: dialog component. */
public final class DialogComponentString extends DialogComponent {

    public DialogComponentString(final SettingsModelString stringModel, final String label) {
        super(null);
    }
}
