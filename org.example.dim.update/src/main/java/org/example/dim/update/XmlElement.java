package org.example.dim.update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small XML tree, written the way p2 writes its repository files (collections carry their size). */
final class XmlElement {

    private final String name;

    private final Map<String, String> attributes = new LinkedHashMap<>();

    private final List<XmlElement> children = new ArrayList<>();

    private String text;

    private boolean counted;

    XmlElement(final String name) {
        this.name = name;
    }

    /** A collection element: its {@code size} attribute is the number of its children. */
    static XmlElement collection(final String name) {
        XmlElement e = new XmlElement(name);
        e.counted = true;
        return e;
    }

    XmlElement attr(final String key, final Object value) {
        attributes.put(key, String.valueOf(value));
        return this;
    }

    XmlElement text(final String value) {
        text = value;
        return this;
    }

    /** Adds a child and returns it. */
    XmlElement add(final XmlElement child) {
        children.add(child);
        return child;
    }

    boolean isEmpty() {
        return children.isEmpty();
    }

    void write(final StringBuilder out, final String indent) {
        out.append(indent).append('<').append(name);
        if (counted) {
            out.append(" size='").append(children.size()).append('\'');
        }
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            out.append(' ').append(a.getKey()).append("='").append(escape(a.getValue())).append('\'');
        }
        if (children.isEmpty() && text == null) {
            out.append("/>\n");
            return;
        }
        out.append('>');
        if (text != null) {
            out.append(escape(text));
        } else {
            out.append('\n');
            for (XmlElement c : children) {
                c.write(out, indent + "  ");
            }
            out.append(indent);
        }
        out.append("</").append(name).append(">\n");
    }

    /** Escapes for attributes and text alike; line breaks kept as references, as p2 needs in a manifest. */
    private static String escape(final String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\'' -> b.append("&apos;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("&#xA;");
                case '\r' -> b.append("&#xD;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A whole repository file: XML declaration, p2's processing instruction, this element. */
    String document(final String processingInstruction) {
        StringBuilder out = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n");
        out.append("<?").append(processingInstruction).append("?>\n");
        write(out, "");
        return out.toString();
    }
}
