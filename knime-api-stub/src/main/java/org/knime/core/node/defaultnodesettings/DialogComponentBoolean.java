package org.knime.core.node.defaultnodesettings;

/** Stand-in: dialog component. */
public final class DialogComponentBoolean extends DialogComponent {

    public DialogComponentBoolean(final SettingsModelBoolean booleanModel, final String label) {
        super(null);
    }
}
