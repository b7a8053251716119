package org.example.dim.engine.dim;

/** Progress that asks to stop once it has had a given number of reports, and counts them. */
final class CancelAfter implements TrainingProgress {

    private final int reports;
    int calls;

    CancelAfter(int reports) {
        this.reports = reports;
    }

    @Override
    public void report(double fraction, String message) {
        calls++;
    }

    @Override
    public boolean cancelled() {
        return calls >= reports;
    }
}
