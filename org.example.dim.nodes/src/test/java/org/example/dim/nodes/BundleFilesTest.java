package org.example.dim.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** plugin.xml, the MANIFEST and the node descriptions agree with the code. */
class BundleFilesTest {

    private static final String V41 = "http://knime.org/node/v4.1";

    private static Document parse(final InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (in) {
            return f.newDocumentBuilder().parse(in);
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

    @Test
    void pluginXmlListsEveryFactoryAndRegistersTypes() throws Exception {
        Document plugin = parse(Files.newInputStream(Path.of("plugin.xml")));
        NodeList nodes = plugin.getElementsByTagName("node");
        Set<String> listed = new TreeSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element)nodes.item(i);
            listed.add(n.getAttribute("factory-class"));
            assertEquals("/community/materials/dim", n.getAttribute("category-path"));
        }
        Set<String> inSources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            inSources = files.map(Path::toString).filter(p -> p.endsWith("NodeFactory.java") && !p.contains("/util/"))
                .map(p -> p.substring("src/main/java/".length(), p.length() - 5).replace('/', '.'))
                .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(inSources, listed, "plugin.xml must list every node factory, and only those");
        assertEquals(new TreeSet<>(NodeHarness.factoryClasses()), listed);
        for (String c : listed) {
            assertTrue(NodeFactory.class.isAssignableFrom(Class.forName(c)), c);
        }
        for (String attr : List.of("cellClass", "serializerClass", "objectClass", "objectSerializer", "specClass",
            "specSerializer")) {
            NodeList withAttr = plugin.getElementsByTagName("*");
            for (int i = 0; i < withAttr.getLength(); i++) {
                String name = ((Element)withAttr.item(i)).getAttribute(attr);
                if (!name.isEmpty()) {
                    assertNotNull(Class.forName(name), attr + " " + name);
                }
            }
        }
    }

    @Test
    void descriptionsFollowSchema41AndDescribeEverySetting() throws Exception {
        for (String factoryClass : NodeHarness.factoryClasses()) {
            Class<?> c = Class.forName(factoryClass);
            InputStream xml = c.getResourceAsStream(c.getSimpleName() + ".xml");
            assertNotNull(xml, "no description next to " + factoryClass);
            Element root = parse(xml).getDocumentElement();
            assertEquals(V41, root.getNamespaceURI(), factoryClass);
            assertEquals("knimeNode", root.getLocalName());
            assertTrue(Set.of("Source", "Sink", "Manipulator", "Learner", "Predictor", "Other", "Visualizer")
                .contains(root.getAttribute("type")));
            String icon = root.getAttribute("icon");
            assertNotNull(c.getResource(icon.replace("./", "")), "icon " + icon + " of " + factoryClass);
            List<String> order = children(root).stream().map(Element::getLocalName).toList();
            int views = NodeHarness.views(factoryClass);
            assertEquals(views == 0 ? List.of("name", "shortDescription", "fullDescription", "ports", "keywords")
                : List.of("name", "shortDescription", "fullDescription", "ports", "views", "keywords"), order,
                factoryClass);
            if (views > 0) {
                assertEquals(views, children(children(root).get(4)).size(), "a description of every view");
            }
            Element full = children(root).get(2);
            List<Element> parts = children(full);
            assertEquals("intro", parts.get(0).getLocalName());
            Set<String> documentedKeys = new TreeSet<>();
            for (Element option : parts.subList(1, parts.size())) {
                assertEquals("option", option.getLocalName());
                assertTrue(!option.getAttribute("name").isBlank());
                NodeList codes = option.getElementsByTagNameNS(V41, "code");
                documentedKeys.add(codes.item(codes.getLength() - 1).getTextContent());
            }
            Object model = NodeHarness.factory(factoryClass).createNodeModel();
            Set<String> keys = new TreeSet<>();
            for (SettingsModel m : NodeHarness.settings(model).models()) {
                keys.add(SettingsRoundTripTest.configName(m));
            }
            assertEquals(keys, documentedKeys, "every setting, and only those, is an option of " + factoryClass);
            for (Element port : children(children(root).get(3))) {
                assertTrue(Set.of("inPort", "outPort").contains(port.getLocalName()));
                assertTrue(!port.getAttribute("name").isBlank() && !port.getTextContent().isBlank());
            }
        }
    }

    @Test
    void manifestHasTheBundleHeaders() throws Exception {
        Manifest mf;
        try (InputStream in = Files.newInputStream(Path.of("META-INF/MANIFEST.MF"))) {
            mf = new Manifest(in);
        }
        var a = mf.getMainAttributes();
        assertEquals("2", a.getValue("Bundle-ManifestVersion"));
        assertEquals("org.example.dim.nodes;singleton:=true", a.getValue("Bundle-SymbolicName"));
        assertEquals("org.knime.core;bundle-version=\"[5.5.0,6.0.0)\",org.example.dim.engine;bundle-version=\""
            + "[0.1.0,1.0.0)\"", a.getValue("Require-Bundle"));
        assertEquals("JavaSE-17", a.getValue("Bundle-RequiredExecutionEnvironment"));
        assertEquals(".", a.getValue("Bundle-ClassPath"), "the engine and its libraries are the engine bundle's");
    }
}
