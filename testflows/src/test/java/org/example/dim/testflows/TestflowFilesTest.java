package org.example.dim.testflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every testflow is well-formed XMLConfig, links existing node folders, connects existing nodes, and every node of
 * ours names an existing factory whose model accepts the stored settings (as KNIME's loader would ask it to).
 */
class TestflowFilesTest {

    private static final String NS = "http://www.knime.org/2008/09/XMLConfig";
    private static final Set<String> TYPES = Set.of("xstring", "xint", "xlong", "xdouble", "xfloat", "xboolean",
        "xchar", "xshort", "xbyte", "xpassword");

    private static Element parse(final Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertEquals(NS, root.getNamespaceURI(), file.toString());
        checkEntries(root, file);
        return root;
    }

    private static void checkEntries(final Element config, final Path file) {
        for (Element c : children(config)) {
            assertTrue(Set.of("config", "entry").contains(c.getLocalName()), file + ": " + c.getLocalName());
            assertFalse(c.getAttribute("key").isEmpty(), file + ": an element without key");
            if (c.getLocalName().equals("entry")) {
                assertTrue(TYPES.contains(c.getAttribute("type")), file + ": type " + c.getAttribute("type"));
            } else {
                checkEntries(c, file);
            }
        }
    }

    private static List<Element> children(final Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    private static Element child(final Element e, final String key) {
        return children(e).stream().filter(c -> c.getAttribute("key").equals(key)).findFirst()
            .orElseThrow(() -> new AssertionError("no key " + key + " in " + e.getAttribute("key")));
    }

    private static String value(final Element e, final String key) {
        return child(e, key).getAttribute("value");
    }

    @Test
    void everyTestflowIsLoadable() throws Exception {
        List<Path> flows;
        try (Stream<Path> s = Files.list(Path.of("."))) {
            flows = s.filter(p -> Files.isRegularFile(p.resolve("workflow.knime"))).sorted().toList();
        }
        assertFalse(flows.isEmpty(), "no testflow found");
        for (Path flow : flows) {
            Element wf = parse(flow.resolve("workflow.knime"));
            assertTrue(Set.of("4.1.0", "5.1.0").contains(value(wf, "version")), flow + ": unknown version");
            List<String> ids = new ArrayList<>();
            for (Element node : children(child(wf, "nodes"))) {
                ids.add(value(node, "id"));
                checkNode(flow.resolve(value(node, "node_settings_file")));
            }
            for (Element c : children(child(wf, "connections"))) {
                assertTrue(ids.contains(value(c, "sourceID")) && ids.contains(value(c, "destID")), flow + ": " + c);
                assertTrue(Integer.parseInt(value(c, "destPort")) >= 1, "port 0 is the flow-variable port");
            }
        }
    }

    private static void checkNode(final Path settingsFile) throws Exception {
        assertTrue(Files.isRegularFile(settingsFile), settingsFile + " is missing");
        Element s = parse(settingsFile);
        for (String required : List.of("factory", "node-name", "node-bundle-name", "node-bundle-symbolic-name",
            "node-bundle-vendor", "hasContent")) {
            child(s, required);
        }
        String factory = value(s, "factory");
        if (!value(s, "node-bundle-symbolic-name").equals("org.example.dim.nodes")) {
            return; // a node of KNIME itself: not available here, run by KNIME's testflow runner only
        }
        NodeModel model = ((NodeFactory<?>)Class.forName(factory).getDeclaredConstructor().newInstance())
            .createNodeModel();
        NodeSettings settings = new NodeSettings("model");
        for (Element e : children(child(s, "model"))) {
            if (e.getLocalName().equals("entry")) {
                add(settings, e);
            }
        }
        Method validate = NodeModel.class.getDeclaredMethod("validateSettings",
            org.knime.core.node.NodeSettingsRO.class);
        validate.setAccessible(true);
        validate.invoke(model, settings); // throws (wrapped) when the stored settings are refused
    }

    private static void add(final NodeSettings s, final Element e) {
        String key = e.getAttribute("key");
        String v = e.getAttribute("value");
        switch (e.getAttribute("type")) {
            case "xint" -> s.addInt(key, Integer.parseInt(v));
            case "xdouble" -> s.addDouble(key, Double.parseDouble(v));
            case "xboolean" -> s.addBoolean(key, Boolean.parseBoolean(v));
            default -> s.addString(key, v);
        }
    }
}
