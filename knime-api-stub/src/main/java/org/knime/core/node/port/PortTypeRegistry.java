package org.knime.core.node.port;

/** Stand-in: hands out the port type of a port object class. */
public final class PortTypeRegistry {

    private static final PortTypeRegistry INSTANCE = new PortTypeRegistry();

    private PortTypeRegistry() {
    }

    public static PortTypeRegistry getInstance() {
        return INSTANCE;
    }

    public synchronized PortType getPortType(final Class<? extends PortObject> portClass) {
        return new PortType(portClass);
    }

    public synchronized PortType getPortType(final Class<? extends PortObject> portClass, final boolean isOptional) {
        return new PortType(portClass, isOptional);
    }
}
