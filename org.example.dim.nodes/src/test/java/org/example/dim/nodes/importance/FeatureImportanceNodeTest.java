package org.example.dim.nodes.importance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.example.dim.nodes.Fixtures;
import org.example.dim.nodes.NodeHarness;
import org.example.dim.nodes.util.Columns;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDriver;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.image.ImagePortObject;
import org.junit.jupiter.api.Test;

/** The Feature-Importance Evaluator through the harness, on data whose answer is known by construction. */
class FeatureImportanceNodeTest {

    /** b = 3a + noise; the representation z0, z1 is noise; c depends on a text category. */
    private static BufferedDataTable table() {
        DataTableSpec spec = Columns.spec(new String[] {"z0", "z1", "a", "b", "c", "phase"},
            new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE,
                StringCell.TYPE});
        Random r = new Random(3);
        List<DataRow> rows = new ArrayList<>();
        String[] phases = {"alpha", "beta", "gamma"};
        for (int i = 0; i < 300; i++) {
            double a = r.nextGaussian();
            int phase = r.nextInt(3);
            rows.add(new DefaultRow(new RowKey("r" + i), new DoubleCell(r.nextGaussian()),
                new DoubleCell(r.nextGaussian()), new DoubleCell(a), new DoubleCell(3 * a + 0.05 * r.nextGaussian()),
                new DoubleCell(new double[] {0, 5, -5}[phase] + 0.05 * r.nextGaussian()), new StringCell(phases[phase])));
        }
        return NodeDriver.table(spec, rows);
    }

    @Test
    void findsThePropertiesThatDetermineTheTargetsAndDrawsTheHeatmap() throws Exception {
        PortObject[] out = Fixtures.node("FeatureImportanceNodeFactory").set("representation_prefix", "z")
            .execute(new NodeHarness.Monitor(-1), table());
        BufferedDataTable importance = (BufferedDataTable)out[0];
        assertEquals(3 * 4, importance.size(), "targets a, b, c × features a, b, c, phase");
        boolean aForB = false;
        boolean phaseForC = false;
        for (DataRow row : importance) {
            String target = row.getCell(0).toString();
            String feature = row.getCell(1).toString();
            double mean = ((DoubleCell)row.getCell(2)).getDoubleValue();
            boolean significant = ((BooleanCell)row.getCell(5)).getBooleanValue();
            if (target.equals("b") && feature.equals("a")) {
                aForB = significant && mean < -80;
            }
            if (target.equals("c") && feature.equals("phase")) {
                phaseForC = significant && mean < -90; // one-hot: the text category explains c
            }
        }
        assertTrue(aForB && phaseForC, "a for b: " + aForB + ", phase for c: " + phaseForC);
        assertTrue(out[1] instanceof ImagePortObject);
    }

    @Test
    void aMissingRepresentationIsAConfigureError() throws Exception {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> Fixtures.node("FeatureImportanceNodeFactory").set("representation_prefix", "emb")
                .configure(table().getDataTableSpec()));
        assertTrue(e.getMessage().contains("'emb'"), e.getMessage());
    }
}
