package org.knime.core.node;

import java.util.Arrays;
import java.util.List;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

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
        return model.configure(Arrays.copyOf(inSpecs, model.inPortCount()));
    }

    /** Configures, then executes, as KNIME does; the outputs must match the specs configure promised. */
    public PortObject[] execute(final ExecutionMonitor progress, final PortObject... given) throws Exception {
        PortObject[] in = Arrays.copyOf(given, model.inPortCount());
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
