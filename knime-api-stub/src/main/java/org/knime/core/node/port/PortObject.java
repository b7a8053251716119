package org.knime.core.node.port;

import javax.swing.JComponent;

/** Stand-in: what flows through a node's port. */
public interface PortObject {

    /** Stand-in: writes and reads port objects of one class; registered in plugin.xml. */
    abstract static class PortObjectSerializer<T extends PortObject> {
    }

    String getSummary();

    PortObjectSpec getSpec();

    public JComponent[] getViews();
}
