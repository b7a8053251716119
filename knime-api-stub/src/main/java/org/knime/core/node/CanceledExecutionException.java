package org.knime.core.node;

/** Stand-in: thrown when the user cancels a node's execution. */
public class CanceledExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    public CanceledExecutionException() {
    }

    public CanceledExecutionException(final String s) {
        super(s);
    }
}
