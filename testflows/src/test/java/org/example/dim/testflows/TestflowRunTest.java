package org.example.dim.testflows;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.example.dim.nodes.KnimeProtocol;
import org.example.dim.nodes.NodeHarness;
import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.PortObject;

/**
 * Runs our part of every testflow through the harness, in the order KNIME would (data and flow-variable
 * connections), and compares the outputs of its last nodes with {@code expected/<node folder>/port_<n>.txt}.
 * KNIME's own nodes (and whatever depends on them) are not run here; KNIME's testflow runner runs the whole flow.
 */
class TestflowRunTest {

    @Test
    void ourNodesOfEveryTestflowRunAndGiveTheExpectedOutputs() throws Exception {
        List<String> notRunHere = new ArrayList<>();
        for (Path flow : Testflow.all()) {
            KnimeProtocol.useWorkflow(flow);
            Testflow f = new Testflow(flow);
            Map<Integer, PortObject[]> outputs = new HashMap<>();
            TreeSet<Integer> pending = new TreeSet<>(f.nodes.keySet());
            while (!pending.isEmpty()) {
                Integer next = pending.stream().filter(id -> f.connections.stream()
                    .noneMatch(c -> c.dest() == id && pending.contains(c.source()))).findFirst()
                    .orElseThrow(() -> new AssertionError(flow + ": connections form a cycle"));
                pending.remove(next);
                Testflow.Node node = f.nodes.get(next);
                PortObject[] in = inputs(f, next, outputs);
                if (node.driver() == null || in == null) {
                    notRunHere.add(flow.getFileName() + "/" + node.folder());
                    continue;
                }
                outputs.put(next, node.driver().execute(new NodeHarness.Monitor(-1), in));
            }
            checkLastOutputs(f, outputs);
        }
        assertTrue(notRunHere.stream().allMatch(n -> n.startsWith("DIM_EndToEnd/")), "only the end-to-end flow has "
            + "KNIME's own nodes: " + notRunHere);
        assertFalse(notRunHere.isEmpty());
    }

    /**
     * Compares the tables of the nodes that ran last, those whose data feed no other node that ran here (what the
     * flow is about; what came before is in their columns or is the subject of another flow).
     */
    private static void checkLastOutputs(final Testflow f, final Map<Integer, PortObject[]> outputs)
        throws Exception {
        for (Map.Entry<Integer, PortObject[]> ran : outputs.entrySet()) {
            boolean feedsAnother = f.connections.stream().anyMatch(
                c -> c.source() == ran.getKey() && c.destPort() > 0 && outputs.containsKey(c.dest()));
            PortObject[] out = ran.getValue();
            for (int port = 0; port < out.length && !feedsAnother; port++) {
                if (out[port] instanceof BufferedDataTable t) {
                    ExpectedTable.check(t, f.folder.resolve("expected").resolve(f.nodes.get(ran.getKey()).folder())
                        .resolve("port_" + (port + 1) + ".txt"));
                }
            }
        }
    }

    /** The node's inputs from the outputs of its sources; null when a source did not run here. */
    private static PortObject[] inputs(final Testflow f, final int id, final Map<Integer, PortObject[]> outputs) {
        List<PortObject> in = new ArrayList<>();
        for (Testflow.Connection c : f.connections) {
            if (c.dest() != id) {
                continue;
            }
            if (!outputs.containsKey(c.source())) {
                return null;
            }
            if (c.destPort() > 0) { // port 0 carries flow variables: it orders execution, nothing to hand over
                while (in.size() < c.destPort()) {
                    in.add(null);
                }
                in.set(c.destPort() - 1, outputs.get(c.source())[c.sourcePort() - 1]);
            }
        }
        return in.toArray(PortObject[]::new);
    }
}
