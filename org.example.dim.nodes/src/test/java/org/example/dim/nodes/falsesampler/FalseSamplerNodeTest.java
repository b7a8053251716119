package org.example.dim.nodes.falsesampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.example.dim.nodes.Fixtures;
import org.example.dim.nodes.NodeHarness;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.NodeDriver;

/** The False Sampler node through the harness. */
class FalseSamplerNodeTest {

    @Test
    void generatesTheChosenKindsForEveryCrystal() throws Exception {
        NodeHarness.Monitor progress = new NodeHarness.Monitor(-1);
        BufferedDataTable out = (BufferedDataTable)Fixtures.node("FalseSamplerNodeFactory")
            .set("kinds", "vacancy,thermal").set("samples_per_kind", 2).execute(progress, Fixtures.crystals())[0];
        Set<String> kinds = new TreeSet<>();
        Set<String> sources = new TreeSet<>();
        for (DataRow r : out) {
            kinds.add(r.getCell(2).toString().toLowerCase());
            sources.add(r.getCell(0).toString());
        }
        assertEquals(Set.of("vacancy", "thermal-displacement"), kinds);
        assertEquals(Fixtures.crystals().size(), sources.size(), "samples of every crystal");
        assertEquals(Fixtures.crystals().size(), progress.progress.size());
    }

    @Test
    void isReproducibleForASeed() throws Exception {
        String first = table(7);
        assertEquals(first, table(7));
        assertTrue(!first.equals(table(8)), "another seed, other samples");
    }

    private static String table(final int seed) throws Exception {
        StringBuilder b = new StringBuilder();
        BufferedDataTable out = (BufferedDataTable)Fixtures.node("FalseSamplerNodeFactory").set("seed", seed)
            .set("kinds", "thermal").execute(new NodeHarness.Monitor(-1), Fixtures.crystals())[0];
        out.forEach(r -> b.append(r.getCell(4)).append(r.getCell(5)).append('\n'));
        return b.toString();
    }

    @Test
    void streamsTheSameSamplesButIsNotDistributed() throws Exception {
        NodeDriver node = Fixtures.node("FalseSamplerNodeFactory").set("kinds", "vacancy,similar,thermal");
        assertTrue(node.model().getInputPortRoles()[0].isStreamable());
        assertFalse(node.model().getInputPortRoles()[0].isDistributable(), "row n is sampled with seed + n");
        BufferedDataTable executed = (BufferedDataTable)node.execute(new NodeHarness.Monitor(-1), Fixtures.crystals())[0];
        BufferedDataTable streamed = node.stream(new NodeHarness.Monitor(-1), Fixtures.crystals())[0];
        NodeHarness.assertSameTable(executed, streamed);
        assertEquals(executed.getDataTableSpec().getProperties(), streamed.getDataTableSpec().getProperties(),
            "the in-batch kinds travel with the streamed table too");
    }

    @Test
    void stopsWhenCancelled() throws Exception {
        NodeDriver node = Fixtures.node("FalseSamplerNodeFactory");
        assertThrows(CanceledExecutionException.class, () -> node.execute(new NodeHarness.Monitor(1),
            Fixtures.crystals()));
    }
}
