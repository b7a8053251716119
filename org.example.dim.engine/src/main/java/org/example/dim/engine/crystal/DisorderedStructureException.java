package org.example.dim.engine.crystal;

/** A disordered structure met under {@link DisorderPolicy#SKIP} or {@link DisorderPolicy#ERROR}. */
public final class DisorderedStructureException extends Exception {

    private final DisorderPolicy policy;

    public DisorderedStructureException(DisorderPolicy policy, String message) {
        super(message);
        this.policy = policy;
    }

    public DisorderPolicy policy() {
        return policy;
    }
}
