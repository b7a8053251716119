package org.knime.core.node;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.OutputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.StreamableOperator;

/** Stand-in of a node's model: settings, configure (specs) and execute (data). */
public abstract class NodeModel implements AbstractNodeView.ViewableModel {

    private String warningMessage;

    /** How many input ports the framework (here the harness) hands over; unconnected optional ones as null. */
    private final int inPorts;

    private final int outPorts;

    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
        inPorts = nrInDataPorts;
        outPorts = nrOutDataPorts;
    }

    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
        inPorts = inPortTypes.length;
        outPorts = outPortTypes.length;
    }

    protected final int getNrInPorts() {
        return inPorts;
    }

    protected final int getNrOutPorts() {
        return outPorts;
    }

    protected abstract void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void saveSettingsTo(final NodeSettingsWO settings);

    protected abstract void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException;

    /** As in KNIME: by default, the table form of execute. */
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable[] tables = new BufferedDataTable[inObjects.length];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = (BufferedDataTable)inObjects[i];
        }
        return execute(tables, exec);
    }

    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    protected abstract void reset();

    /** As in KNIME: by default, the table form of configure. */
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec[] specs = new DataTableSpec[inSpecs.length];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = (DataTableSpec)inSpecs[i];
        }
        return configure(specs);
    }

    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    protected final void setWarningMessage(final String warningMessage) {
        this.warningMessage = warningMessage;
    }

    protected final String getWarningMessage() {
        return warningMessage;
    }

    /** Streaming: by default no input is streamed (KNIME then runs {@link #execute} on whole tables). */
    public InputPortRole[] getInputPortRoles() {
        InputPortRole[] roles = new InputPortRole[inPorts];
        Arrays.fill(roles, InputPortRole.NONDISTRIBUTED_NONSTREAMABLE);
        return roles;
    }

    public OutputPortRole[] getOutputPortRoles() {
        OutputPortRole[] roles = new OutputPortRole[outPorts];
        Arrays.fill(roles, OutputPortRole.NONDISTRIBUTED);
        return roles;
    }

    public StreamableOperator createStreamableOperator(final PartitionInfo partitionInfo,
        final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
