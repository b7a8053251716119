package org.example.dim.engine.cif;

/**
 * One value of a CIF file as written: its text (without quotes or text-field delimiters), how it
 * was written, and the line it starts on.
 */
public record CifValue(String text, Kind kind, int line) {

    /** How a value was written; {@code ?} and {@code .} mean something only when unquoted. */
    public enum Kind {
        /** A bare word such as {@code 5.4307(2)} or {@code Fe1}. */
        UNQUOTED,
        /** A value in single, double or (CIF 2.0) triple quotes. */
        QUOTED,
        /** A semicolon-delimited text field. */
        TEXT_FIELD,
        /** A CIF 2.0 list {@code [...]} or table <code>{...}</code>, kept as its source text. */
        LIST,
        /** The bare {@code ?}: the value is unknown. */
        UNKNOWN,
        /** The bare {@code .}: the value does not apply. */
        INAPPLICABLE
    }

    /** Whether the value stands for no value ({@code ?} or {@code .}). */
    public boolean isMissing() {
        return kind == Kind.UNKNOWN || kind == Kind.INAPPLICABLE;
    }
}
