package org.example.dim.engine.cif;

/**
 * Malformed CIF input. The message names the source, the data block, the line and, where one is
 * concerned, the tag, so that a user can find the place in the file.
 */
public final class CifParseException extends Exception {

    private final String source;
    private final String block;
    private final int line;
    private final String tag;
    private final String reason;

    public CifParseException(String source, String block, int line, String tag, String reason) {
        super(describe(source, block, line, tag, reason));
        this.source = source;
        this.block = block;
        this.line = line;
        this.tag = tag;
        this.reason = reason;
    }

    private static String describe(String source, String block, int line, String tag, String reason) {
        StringBuilder sb = new StringBuilder(source);
        if (block != null && !block.isEmpty()) {
            sb.append(", block ").append(block);
        }
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (tag != null && !tag.isEmpty()) {
            sb.append(", tag ").append(tag);
        }
        return sb.append(": ").append(reason).toString();
    }

    public String source() {
        return source;
    }

    public String block() {
        return block;
    }

    /** Line (1-based) where the problem was found; 0 when it concerns the whole block. */
    public int line() {
        return line;
    }

    /** The tag concerned, or null. */
    public String tag() {
        return tag;
    }

    /** The reason alone, without the location. */
    public String reason() {
        return reason;
    }
}
