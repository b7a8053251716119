package org.example.dim.engine.sitenet;

/** What to do with a crystal whose primitive cell alone has more sites than the supercell size N. */
public enum OversizePolicy {
    /** Leave it out with the reason, as the paper's training set does (the default). */
    SKIP,
    /** Keep the single (re-sheared) primitive cell; its environment is then longer than N. */
    KEEP_SINGLE_CELL
}
