package org.knime.core.node.port;

/** Stand-in: the type of a port, as the registry hands it out. */
public final class PortType {

    private final Class<? extends PortObject> objectClass;

    private final boolean optional;

    public PortType(final Class<? extends PortObject> objectClass, final boolean optional) {
        this.objectClass = objectClass;
        this.optional = optional;
    }

    public PortType(final Class<? extends PortObject> objectClass) {
        this(objectClass, false);
    }

    public Class<? extends PortObject> getPortObjectClass() {
        return objectClass;
    }

    public boolean isOptional() {
        return optional;
    }
}
