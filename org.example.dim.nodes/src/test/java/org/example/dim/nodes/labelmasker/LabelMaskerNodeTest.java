package org.example.dim.nodes.labelmasker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.example.dim.nodes.Fixtures;
import org.example.dim.nodes.NodeHarness;
import org.example.dim.nodes.util.Columns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDriver;
import org.knime.core.node.port.PortObject;
import org.junit.jupiter.api.Test;

/** The Label Masker node through the harness. */
class LabelMaskerNodeTest {

    /** 100 rows; every 10th has no label; rows 0-19 are in fold "test". */
    private static BufferedDataTable table() {
        DataTableSpec spec = Columns.spec(new String[] {"band_gap", "fold"},
            new DataType[] {DoubleCell.TYPE, StringCell.TYPE});
        List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            DataCell label = i % 10 == 3 ? DataType.getMissingCell() : new DoubleCell(i);
            rows.add(new DefaultRow(new RowKey("r" + i), label, new StringCell(i < 20 ? "test" : "train")));
        }
        return NodeDriver.table(spec, rows);
    }

    private static Set<String> keys(final PortObject table) {
        Set<String> keys = new HashSet<>();
        for (DataRow r : (BufferedDataTable)table) {
            keys.add(r.getKey().getString());
        }
        return keys;
    }

    @Test
    void splitsIntoNLabelledMaskedAndTestRowsThatCoverTheInputOnce() throws Exception {
        PortObject[] out = Fixtures.node("LabelMaskerNodeFactory").set("labels", 30).set("replicate", 2)
            .execute(new NodeHarness.Monitor(-1), table());
        assertEquals(30, ((BufferedDataTable)out[0]).size());
        assertEquals(18, ((BufferedDataTable)out[2]).size(), "20% of the 90 rows with a label");
        assertEquals(52, ((BufferedDataTable)out[1]).size());
        Set<String> all = new HashSet<>();
        for (PortObject t : out) {
            all.addAll(keys(t));
        }
        assertEquals(100, all.size());
        for (DataRow r : (BufferedDataTable)out[1]) {
            assertTrue(r.getCell(0).isMissing(), "masked rows lose their label: " + r.getKey());
        }
        for (DataRow r : (BufferedDataTable)out[0]) {
            assertTrue(!r.getCell(0).isMissing());
        }
        PortObject[] again = Fixtures.node("LabelMaskerNodeFactory").set("labels", 30).set("replicate", 2)
            .execute(new NodeHarness.Monitor(-1), table());
        assertEquals(keys(out[0]), keys(again[0]), "the same replicate is the same rows");
    }

    @Test
    void aFoldColumnGivesTheTestRows() throws Exception {
        PortObject[] out = Fixtures.node("LabelMaskerNodeFactory").set("labels", 10).set("fold_column", "fold")
            .execute(new NodeHarness.Monitor(-1), table());
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            if (i % 10 != 3) {
                expected.add("r" + i);
            }
        }
        assertEquals(expected, keys(out[2]));
    }

    @Test
    void tooManyLabelsIsAClearError() throws Exception {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> Fixtures.node("LabelMaskerNodeFactory").set("labels", 500).execute(new NodeHarness.Monitor(-1),
                table()));
        assertTrue(e.getMessage().contains("only 72 training rows have one"), e.getMessage());
    }

    @Test
    void stopsWhenCancelled() throws Exception {
        assertThrows(CanceledExecutionException.class, () -> Fixtures.node("LabelMaskerNodeFactory")
            .set("labels", 10).execute(new NodeHarness.Monitor(1), table()));
    }
}
