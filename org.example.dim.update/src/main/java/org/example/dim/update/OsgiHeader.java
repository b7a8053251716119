package org.example.dim.update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A MANIFEST header of OSGi clauses: {@code name;attr=value;directive:=value, ...}, quotes respected. */
record OsgiHeader(List<OsgiHeader.Clause> clauses) {

    /** One clause: its name, attributes ({@code =}) and directives ({@code :=}), values unquoted. */
    record Clause(String name, Map<String, String> attributes, Map<String, String> directives) {

        String attribute(final String key, final String otherwise) {
            return attributes.getOrDefault(key, otherwise);
        }

        String directive(final String key, final String otherwise) {
            return directives.getOrDefault(key, otherwise);
        }
    }

    static OsgiHeader parse(final String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header != null) {
            for (String clause : split(header, ',')) {
                List<String> parts = split(clause, ';');
                Map<String, String> attributes = new LinkedHashMap<>();
                Map<String, String> directives = new LinkedHashMap<>();
                List<String> names = new ArrayList<>();
                for (String part : parts) {
                    int eq = part.indexOf('=');
                    if (eq < 0) {
                        names.add(part);
                    } else if (eq > 0 && part.charAt(eq - 1) == ':') {
                        directives.put(part.substring(0, eq - 1).strip(), unquote(part.substring(eq + 1)));
                    } else {
                        attributes.put(part.substring(0, eq).strip(), unquote(part.substring(eq + 1)));
                    }
                }
                // "a;b;version=1" declares two packages with the same attributes
                for (String name : names) {
                    clauses.add(new Clause(name, attributes, directives));
                }
            }
        }
        return new OsgiHeader(List.copyOf(clauses));
    }

    private static List<String> split(final String text, final char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String unquote(final String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
