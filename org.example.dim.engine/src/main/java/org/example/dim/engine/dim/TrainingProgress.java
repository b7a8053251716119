package org.example.dim.engine.dim;

/** Where long work reports its progress and learns that it should stop (KNIME's execution context, a console bar). */
public interface TrainingProgress {

    /** @param fraction done, 0–1; @param message what is happening, e.g. "epoch 3/10, ETA 2 min" */
    void report(double fraction, String message);

    /** A message without a change of the fraction done (work that the fraction does not count). */
    default void message(String message) {
    }

    /** Whether the user asked to stop; checked before every batch. */
    boolean cancelled();

    TrainingProgress NONE = new TrainingProgress() {
        @Override
        public void report(double fraction, String message) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
