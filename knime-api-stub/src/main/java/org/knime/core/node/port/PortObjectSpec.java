package org.knime.core.node.port;

import javax.swing.JComponent;

/** Stand-in: what is known of a port's content before execution. */
public interface PortObjectSpec {

    /** Stand-in: writes and reads specs of one class; registered in plugin.xml. */
    abstract static class PortObjectSpecSerializer<T extends PortObjectSpec> {
    }

    public JComponent[] getViews();
}
