package org.example.dim.engine.cif;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@code data_} block: its single items and its loops, looked up by tag.
 *
 * <p>Tags are normalised on the way in: CIF tags are case-insensitive, and CIF 2.0 / DDLm dotted
 * names ({@code _atom_site.fract_x}) mean the same as their CIF 1.1 forms ({@code _atom_site_fract_x}),
 * so both are stored lower case with the dot replaced by an underscore.
 */
public final class CifBlock {

    private final String name;
    private final int line;
    private final Map<String, CifValue> items = new HashMap<>();
    private final List<CifLoop> loops = new ArrayList<>();
    private final Map<String, CifLoop> loopByTag = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    CifBlock(String name, int line) {
        this.name = name;
        this.line = line;
    }

    /** Normalised form of a tag, as used for every lookup. */
    public static String normalizeTag(String tag) {
        boolean plain = true;
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c == '.' || (c >= 'A' && c <= 'Z')) {
                plain = false;
                break;
            }
        }
        return plain ? tag : tag.toLowerCase(java.util.Locale.ROOT).replace('.', '_');
    }

    public String name() {
        return name;
    }

    /** Line of the {@code data_} keyword. */
    public int line() {
        return line;
    }

    /** Syntax warnings found while parsing this block (duplicate tags with equal values, say). */
    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    public boolean has(String tag) {
        String t = normalizeTag(tag);
        return items.containsKey(t) || loopByTag.containsKey(t);
    }

    /**
     * The value of a single-valued tag: a plain item, or a loop column with exactly one row.
     * Null when the tag is absent.
     */
    public CifValue value(String tag) {
        String t = normalizeTag(tag);
        CifValue v = items.get(t);
        if (v != null) {
            return v;
        }
        CifLoop loop = loopByTag.get(t);
        return loop != null && loop.rows() == 1 ? loop.value(0, loop.column(t)) : null;
    }

    /** The first present tag of several synonyms, or null. */
    public String firstPresent(String... tags) {
        for (String t : tags) {
            if (has(t)) {
                return t;
            }
        }
        return null;
    }

    /** The loop holding a tag, or null (also null for a single item). */
    public CifLoop loopOf(String tag) {
        return loopByTag.get(normalizeTag(tag));
    }

    public List<CifLoop> loops() {
        return Collections.unmodifiableList(loops);
    }

    public Map<String, CifValue> items() {
        return Collections.unmodifiableMap(items);
    }

    /** Adds an item; a repeated tag is an error unless both values are equal, then a warning. */
    void addItem(String tag, CifValue value, String source) throws CifParseException {
        checkNew(tag, value, source);
        items.put(tag, value);
    }

    void addWarning(String warning) {
        warnings.add(warning);
    }

    void addLoop(CifLoop loop, String source) throws CifParseException {
        for (String tag : loop.tags()) {
            if (items.containsKey(tag) || loopByTag.containsKey(tag)) {
                throw new CifParseException(source, name, loop.line(), tag, "tag appears twice in the block");
            }
            loopByTag.put(tag, loop);
        }
        loops.add(loop);
    }

    private void checkNew(String tag, CifValue value, String source) throws CifParseException {
        if (loopByTag.containsKey(tag)) {
            throw new CifParseException(source, name, value.line(), tag, "tag appears both in a loop and as an item");
        }
        CifValue old = items.get(tag);
        if (old != null) {
            if (!old.text().equals(value.text())) {
                throw new CifParseException(source, name, value.line(), tag,
                        "tag appears twice with different values ('" + old.text() + "' on line " + old.line()
                                + ", '" + value.text() + "')");
            }
            warnings.add("tag " + tag + " repeated on line " + value.line() + " with the same value");
        }
    }
}
