package org.example.dim.engine.crystal;

/** What to do with a disordered site (several species, or vacancies) when a model needs one element per site. */
public enum DisorderPolicy {
    /** Put the site's majority species on it, fully occupied (the default; the caller records a warning). */
    MAJORITY,
    /** Leave the structure out, with the reason. */
    SKIP,
    /** Treat the structure as an error. */
    ERROR
}
