package org.example.dim.testflows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** KNIME's XMLConfig files (workflow.knime, settings.xml): nested configs of typed entries. */
final class XmlConfig {

    static final String NS = "http://www.knime.org/2008/09/XMLConfig";

    private XmlConfig() {
    }

    static Element parse(final Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertEquals(NS, root.getNamespaceURI(), file.toString());
        return root;
    }

    static List<Element> children(final Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    static Optional<Element> find(final Element e, final String key) {
        return children(e).stream().filter(c -> c.getAttribute("key").equals(key)).findFirst();
    }

    static Element child(final Element e, final String key) {
        return find(e, key).orElseThrow(() -> new AssertionError("no key " + key + " in " + e.getAttribute("key")));
    }

    static String value(final Element e, final String key) {
        return child(e, key).getAttribute("value");
    }

    /** An entry's value as the Java type its XMLConfig type names. */
    static Object typed(final Element entry) {
        String v = entry.getAttribute("value");
        return switch (entry.getAttribute("type")) {
            case "xint" -> Integer.valueOf(v);
            case "xdouble" -> Double.valueOf(v);
            case "xboolean" -> Boolean.valueOf(v);
            default -> v;
        };
    }
}
