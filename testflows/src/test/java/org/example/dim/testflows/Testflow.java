package org.example.dim.testflows;

import static org.example.dim.testflows.XmlConfig.child;
import static org.example.dim.testflows.XmlConfig.children;
import static org.example.dim.testflows.XmlConfig.find;
import static org.example.dim.testflows.XmlConfig.value;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDriver;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeSettings;
import org.w3c.dom.Element;

/**
 * A testflow read as KNIME's loader reads it: its nodes (ours become node models with the stored settings, flow
 * variables applied), its connections and its workflow variables.
 */
final class Testflow {

    static final String OUR_BUNDLE = "org.example.dim.nodes";

    /** A connection; port 0 is the flow-variable port, data ports count from 1. */
    record Connection(int source, int sourcePort, int dest, int destPort) {
    }

    /** A node: its folder name, and a driver when it is one of ours (null for KNIME's own nodes). */
    record Node(int id, String folder, NodeDriver driver) {
    }

    final Path folder;

    final Map<Integer, Node> nodes = new LinkedHashMap<>();

    final List<Connection> connections = new ArrayList<>();

    private final Map<String, Object> variables = new HashMap<>();

    Testflow(final Path folder) throws Exception {
        this.folder = folder;
        Element wf = XmlConfig.parse(folder.resolve("workflow.knime"));
        find(wf, "workflow_variables").ifPresent(vs -> children(vs).forEach(
            v -> variables.put(value(v, "name"), XmlConfig.typed(child(v, "value")))));
        for (Element c : children(child(wf, "connections"))) {
            connections.add(new Connection(Integer.parseInt(value(c, "sourceID")),
                Integer.parseInt(value(c, "sourcePort")), Integer.parseInt(value(c, "destID")),
                Integer.parseInt(value(c, "destPort"))));
        }
        for (Element n : children(child(wf, "nodes"))) {
            int id = Integer.parseInt(value(n, "id"));
            Path settings = folder.resolve(value(n, "node_settings_file"));
            nodes.put(id, new Node(id, settings.getParent().getFileName().toString(), load(settings)));
        }
    }

    static List<Path> all() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("."))) {
            return s.filter(p -> Files.isRegularFile(p.resolve("workflow.knime"))).sorted().toList();
        }
    }

    /** Our node with its stored settings loaded as KNIME loads them (validated first); null for KNIME's nodes. */
    private NodeDriver load(final Path settingsFile) throws Exception {
        Element s = XmlConfig.parse(settingsFile);
        if (!value(s, "node-bundle-symbolic-name").equals(OUR_BUNDLE)) {
            return null;
        }
        NodeFactory<?> factory = (NodeFactory<?>)Class.forName(value(s, "factory")).getDeclaredConstructor()
            .newInstance();
        NodeDriver driver = new NodeDriver(factory.createNodeModel());
        NodeSettings model = new NodeSettings("model");
        for (Element e : children(child(s, "model"))) {
            NodeDriver.put(model, e.getAttribute("key"), XmlConfig.typed(e));
        }
        // As KNIME does on execute: a setting bound to a flow variable takes the variable's value.
        for (Element bound : find(s, "variables").map(XmlConfig::children).orElse(List.of())) {
            String variable = value(bound, "used_variable");
            if (!variables.containsKey(variable)) {
                throw new InvalidSettingsException(settingsFile + ": no workflow variable " + variable);
            }
            NodeDriver.put(model, bound.getAttribute("key"), variables.get(variable));
        }
        driver.load(model);
        return driver;
    }
}
