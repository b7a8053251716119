package org.knime.core.node;

/** Stand-in: KNIME's logger; messages go to standard error. */
public final class NodeLogger {

    private final String name;

    private NodeLogger(final String name) {
        this.name = name;
    }

    public static NodeLogger getLogger(final Class<?> c) {
        return new NodeLogger(c.getName());
    }

    public void warn(final Object o) {
        System.err.println("WARN " + name + ": " + o);
    }

    public void info(final Object o) {
        System.err.println("INFO " + name + ": " + o);
    }
}
