package org.knime.core.node;

import java.util.Arrays;
import java.util.List;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortObjectInput;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.RowInput;
import org.knime.core.node.streamable.RowOutput;

/**
 * Drives a node model as KNIME's framework does, in KNIME's own package so that it may call what only the framework
 * calls: settings are validated before they are loaded, configure comes before execute, execute gets an execution
 * context whose progress and cancellation are the given monitor's, tables live in memory.
 */
public final class NodeDriver {

    private final NodeModel model;

    public NodeDriver(final NodeModel model) {
        this.model = model;
    }

    public NodeModel model() {
        return model;
    }

    /** The node's current settings. */
    public NodeSettings settings() {
        NodeSettings s = new NodeSettings("model");
        model.saveSettingsTo(s);
        return s;
    }

    /** Validates and loads settings, as when a dialog is applied or a workflow is loaded. */
    public void load(final NodeSettingsRO settings) throws InvalidSettingsException {
        model.validateSettings(settings);
        model.loadValidatedSettingsFrom(settings);
    }

    /** Sets one setting (a String, Integer, Double or Boolean), as a dialog or a flow variable would. */
    public NodeDriver set(final String key, final Object value) throws InvalidSettingsException {
        NodeSettings s = settings();
        put(s, key, value);
        load(s);
        return this;
    }

    /** Adds a value under its own type, as settings.xml stores it. */
    public static void put(final NodeSettings s, final String key, final Object value) {
        if (value instanceof Integer i) {
            s.addInt(key, i);
        } else if (value instanceof Double d) {
            s.addDouble(key, d);
        } else if (value instanceof Boolean b) {
            s.addBoolean(key, b);
        } else {
            s.addString(key, (String)value);
        }
    }

    public PortObjectSpec[] configure(final PortObjectSpec... inSpecs) throws InvalidSettingsException {
        return model.configure(Arrays.copyOf(inSpecs, model.getNrInPorts()));
    }

    /** Configures, then executes, as KNIME does; the outputs must match the specs configure promised. */
    public PortObject[] execute(final ExecutionMonitor progress, final PortObject... given) throws Exception {
        PortObject[] in = Arrays.copyOf(given, model.getNrInPorts());
        PortObjectSpec[] inSpecs = new PortObjectSpec[in.length];
        for (int i = 0; i < in.length; i++) {
            inSpecs[i] = in[i] == null ? null : in[i].getSpec();
        }
        PortObjectSpec[] promised = configure(inSpecs);
        PortObject[] out = model.execute(in, new ExecutionContext(progress));
        for (int i = 0; i < out.length; i++) {
            if (promised[i] instanceof DataTableSpec spec && !spec.equals(out[i].getSpec())) {
                throw new AssertionError("output " + i + " has spec " + out[i].getSpec() + ", configure promised "
                    + spec);
            }
        }
        return out;
    }

    /**
     * Configures, then runs the node as KNIME's streaming executor does (one partition): table inputs whose role is
     * streamable arrive row by row, other inputs whole; every output is a row stream collected into a table with the
     * spec configure promised.
     */
    public BufferedDataTable[] stream(final ExecutionMonitor progress, final PortObject... given) throws Exception {
        PortObject[] in = Arrays.copyOf(given, model.getNrInPorts());
        PortObjectSpec[] inSpecs = new PortObjectSpec[in.length];
        PortInput[] inputs = new PortInput[in.length];
        InputPortRole[] roles = model.getInputPortRoles();
        for (int i = 0; i < in.length; i++) {
            inSpecs[i] = in[i] == null ? null : in[i].getSpec();
            if (in[i] != null) {
                inputs[i] = roles[i].isStreamable() ? new TableRowInput((BufferedDataTable)in[i])
                    : new PortObjectInput(in[i]);
            }
        }
        PortObjectSpec[] promised = configure(inSpecs);
        BufferedDataContainer[] containers = new BufferedDataContainer[promised.length];
        PortOutput[] outputs = new PortOutput[promised.length];
        for (int i = 0; i < outputs.length; i++) {
            containers[i] = new BufferedDataContainer((DataTableSpec)promised[i]);
            outputs[i] = new ContainerRowOutput(containers[i]);
        }
        model.createStreamableOperator(new PartitionInfo(0, 1), inSpecs).runFinal(inputs, outputs,
            new ExecutionContext(progress));
        BufferedDataTable[] out = new BufferedDataTable[containers.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = containers[i].getTable();
        }
        return out;
    }

    /** The rows of a table, polled one at a time. */
    private static final class TableRowInput extends RowInput {
        private final BufferedDataTable table;

        private final CloseableRowIterator rows;

        TableRowInput(final BufferedDataTable table) {
            this.table = table;
            this.rows = table.iterator();
        }

        @Override
        public DataTableSpec getDataTableSpec() {
            return table.getDataTableSpec();
        }

        @Override
        public DataRow poll() {
            return rows.hasNext() ? rows.next() : null;
        }

        @Override
        public void close() {
            rows.close();
        }
    }

    /** Pushed rows into a table; the node must close its output. */
    private static final class ContainerRowOutput extends RowOutput {
        private final BufferedDataContainer container;

        ContainerRowOutput(final BufferedDataContainer container) {
            this.container = container;
        }

        @Override
        public void push(final DataRow row) {
            container.addRowToTable(row);
        }

        @Override
        public void close() {
            container.close();
        }
    }

    /** The node's warning, as KNIME shows it on the node. */
    public String warning() {
        return model.getWarningMessage();
    }

    /** A table of KNIME's kind, as an upstream node would hand it over. */
    public static BufferedDataTable table(final DataTableSpec spec, final List<DataRow> rows) {
        BufferedDataContainer c = new BufferedDataContainer(spec);
        rows.forEach(c::addRowToTable);
        c.close();
        return c.getTable();
    }
}
