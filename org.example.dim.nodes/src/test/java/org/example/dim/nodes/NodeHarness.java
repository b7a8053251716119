package org.example.dim.nodes;

import java.lang.reflect.Field;
import java.nio.file.Path;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.example.dim.nodes.util.DimNodeModel;
import org.example.dim.nodes.util.SettingsGroup;
import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.NodeFactory;

/** What the node tests share: the factories, the sample data, a monitor that records progress and cancels on demand. */
public final class NodeHarness {

    /** The sample data of the testflows. */
    public static final Path CIFS = Path.of("../testflows/data/cifs");

    private NodeHarness() {
    }

    /** The factories plugin.xml must list. */
    public static List<String> factoryClasses() {
        return List.of("org.example.dim.nodes.cifreader.CifReaderNodeFactory",
            "org.example.dim.nodes.supercell.SupercellBuilderNodeFactory",
            "org.example.dim.nodes.falsesampler.FalseSamplerNodeFactory",
            "org.example.dim.nodes.trainer.DimTrainerNodeFactory",
            "org.example.dim.nodes.embedder.EmbedderNodeFactory",
            "org.example.dim.nodes.labelmasker.LabelMaskerNodeFactory",
            "org.example.dim.nodes.importance.FeatureImportanceNodeFactory",
            "org.example.dim.nodes.modelwriter.DimModelWriterNodeFactory",
            "org.example.dim.nodes.modelreader.DimModelReaderNodeFactory");
    }

    public static NodeFactory<?> factory(final String className) throws ReflectiveOperationException {
        return (NodeFactory<?>)Class.forName(className).getDeclaredConstructor().newInstance();
    }

    /** How many views a node's factory offers. */
    public static int views(final String factoryClass) throws ReflectiveOperationException {
        var count = NodeFactory.class.getDeclaredMethod("getNrNodeViews");
        count.setAccessible(true);
        return (int)count.invoke(factory(factoryClass));
    }

    /** The settings group of a node model. */
    public static SettingsGroup settings(final Object model) throws ReflectiveOperationException {
        Field f = DimNodeModel.class.getDeclaredField("settings");
        f.setAccessible(true);
        return (SettingsGroup)f.get(model);
    }

    /** Asserts that two tables have the same spec and the same rows (keys and cells) in the same order. */
    public static void assertSameTable(final BufferedDataTable expected, final BufferedDataTable actual) {
        assertEquals(expected.getDataTableSpec(), actual.getDataTableSpec());
        assertEquals(expected.size(), actual.size(), "rows");
        Iterator<DataRow> a = actual.iterator();
        for (DataRow e : expected) {
            DataRow r = a.next();
            assertEquals(e.getKey(), r.getKey());
            for (int c = 0; c < e.getNumCells(); c++) {
                assertEquals(e.getCell(c), r.getCell(c), e.getKey() + ", column " + c);
            }
        }
    }

    /** An execution monitor that records progress and cancels after {@code cancelAfter} checks (never if negative). */
    public static final class Monitor extends ExecutionMonitor {
        public final List<Double> progress = new ArrayList<>();

        public final List<String> messages = new ArrayList<>();

        private int checksLeft;

        public Monitor(final int cancelAfter) {
            checksLeft = cancelAfter;
        }

        @Override
        public void checkCanceled() throws CanceledExecutionException {
            if (checksLeft == 0) {
                throw new CanceledExecutionException("cancelled by the test");
            }
            checksLeft--;
        }

        @Override
        public void setProgress(final double fraction, final String message) {
            progress.add(fraction);
            messages.add(message);
        }

        @Override
        public void setProgress(final String message) {
            messages.add(message);
        }
    }
}
