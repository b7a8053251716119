package org.example.dim.testflows;

import static org.example.dim.testflows.XmlConfig.child;
import static org.example.dim.testflows.XmlConfig.children;
import static org.example.dim.testflows.XmlConfig.value;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeFactory;
import org.w3c.dom.Element;

/**
 * Every testflow is well-formed XMLConfig with the keys KNIME's loader reads without default, links existing node
 * folders, and connects existing nodes; our nodes name existing factories. (TestflowRunTest loads and runs them.)
 */
class TestflowFilesTest {

    private static final Set<String> TYPES = Set.of("xstring", "xint", "xlong", "xdouble", "xfloat", "xboolean",
        "xchar", "xshort", "xbyte", "xpassword");

    private static Element parse(final Path file) throws Exception {
        Element root = XmlConfig.parse(file);
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

    @Test
    void everyTestflowIsWellFormed() throws Exception {
        List<Path> flows = Testflow.all();
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
        if (value(s, "node-bundle-symbolic-name").equals(Testflow.OUR_BUNDLE)) {
            assertTrue(NodeFactory.class.isAssignableFrom(Class.forName(value(s, "factory"))), settingsFile.toString());
        }
    }
}
