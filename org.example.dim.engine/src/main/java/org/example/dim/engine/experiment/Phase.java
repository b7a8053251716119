package org.example.dim.engine.experiment;

import org.example.dim.engine.dim.TrainingProgress;

/** A part of a longer job: its progress mapped into a share of the whole, its messages prefixed. */
final class Phase implements TrainingProgress {

    private final TrainingProgress whole;
    private final double from;
    private final double to;
    private final String name;

    private Phase(TrainingProgress whole, double from, double to, String name) {
        this.whole = whole;
        this.from = from;
        this.to = to;
        this.name = name;
    }

    static TrainingProgress of(TrainingProgress whole, double from, double to, String name) {
        return new Phase(whole, from, to, name);
    }

    @Override
    public void report(double fraction, String message) {
        whole.report(from + (to - from) * fraction, name + ": " + message);
    }

    @Override
    public void message(String message) {
        whole.message(name + ": " + message);
    }

    @Override
    public boolean cancelled() {
        return whole.cancelled();
    }
}
