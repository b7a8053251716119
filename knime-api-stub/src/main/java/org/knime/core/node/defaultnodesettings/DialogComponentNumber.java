package org.knime.core.node.defaultnodesettings;

/** Stand-in: dialog component. */
public class DialogComponentNumber extends DialogComponent {

    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize) {
        super(null);
    }
}
