package org.example.dim.engine.io;

import java.util.Map;

/**
 * One CIF text to read, with where it came from: a file, or one record of a JSON-lines file.
 *
 * @param source     file name (with {@code :line} for a JSON-lines record), used in rows and messages
 * @param blockName  the record's identifier (a JSON-lines record's {@code material_id}), which names
 *                   its rows instead of the CIF's data_ names; null for plain CIF files
 * @param text       the CIF text, or null when {@code error} is set
 * @param properties numeric fields that came with the record (labels such as {@code band_gap}); empty for files
 * @param error      why the input could not be read (unreadable file, bad JSON line), or null
 */
public record CifSource(String source, String blockName, String text, Map<String, Double> properties, String error) {

    public CifSource {
        properties = Map.copyOf(properties);
    }

    public static CifSource ofText(String source, String text) {
        return new CifSource(source, null, text, Map.of(), null);
    }

    public static CifSource failed(String source, String blockName, String error) {
        return new CifSource(source, blockName, null, Map.of(), error);
    }

    public boolean ok() {
        return error == null;
    }
}
