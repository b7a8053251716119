package org.knime.core.node.defaultnodesettings;

import org.knime.core.data.DataValue;

/** Stand-in: dialog component. */
public class DialogComponentColumnNameSelection extends DialogComponent {

    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label, final int specIndex,
        final Class<? extends DataValue>... classFilter) {
        super(null);
    }
}
