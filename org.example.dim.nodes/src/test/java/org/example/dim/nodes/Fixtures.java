package org.example.dim.nodes;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeDriver;
import org.knime.core.node.port.PortObject;

/**
 * The sample CIFs through the nodes, each step computed once for all tests: crystals (CIF Reader), supercells of
 * at most 16 sites (Supercell Builder), a model trained for one epoch (DIM Trainer).
 */
public final class Fixtures {

    private static PortObject[] read;

    private static BufferedDataTable supercells;

    private static PortObject[] trained;

    private Fixtures() {
    }

    /** A node of ours, by the simple name of its factory, driven as KNIME would. */
    public static NodeDriver node(final String factory) throws ReflectiveOperationException {
        String name = NodeHarness.factoryClasses().stream().filter(c -> c.endsWith("." + factory)).findFirst()
            .orElseThrow();
        return new NodeDriver(NodeHarness.factory(name).createNodeModel());
    }

    /** CIF Reader outputs: crystals, failed blocks. */
    public static synchronized PortObject[] read() throws Exception {
        if (read == null) {
            read = node("CifReaderNodeFactory").set("paths", NodeHarness.CIFS.toAbsolutePath().toString())
                .execute(new NodeHarness.Monitor(-1));
        }
        return read;
    }

    public static BufferedDataTable crystals() throws Exception {
        return (BufferedDataTable)read()[0];
    }

    public static synchronized BufferedDataTable supercells() throws Exception {
        if (supercells == null) {
            supercells = (BufferedDataTable)node("SupercellBuilderNodeFactory").set("supercell_size", 16)
                .execute(new NodeHarness.Monitor(-1), crystals())[0];
        }
        return supercells;
    }

    /** DIM Trainer outputs: model, history. */
    public static synchronized PortObject[] trained() throws Exception {
        if (trained == null) {
            trained = node("DimTrainerNodeFactory").set("epochs", 1).set("validation_fraction", 0.0)
                .execute(new NodeHarness.Monitor(-1), supercells());
        }
        return trained;
    }
}
