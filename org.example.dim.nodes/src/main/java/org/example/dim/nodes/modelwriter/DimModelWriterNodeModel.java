package org.example.dim.nodes.modelwriter;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.example.dim.nodes.types.DimModelPortObject;
import org.example.dim.nodes.util.DimNodeModel;
import org.example.dim.nodes.util.FileLocation;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/** DIM Model Writer: writes the model port's model file, byte for byte, to a path or knime:// URL. */
final class DimModelWriterNodeModel extends DimNodeModel<DimModelWriterSettings> {

    DimModelWriterNodeModel() {
        super(new PortType[] {DimModelPortObject.TYPE}, new PortType[0], new DimModelWriterSettings());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        Path local = location().localPath();
        if (local != null && Files.exists(local)) {
            if (!settings.overwrite.getBooleanValue()) {
                throw new InvalidSettingsException("The file " + local + " exists; tick 'Overwrite' to replace it");
            }
            setWarningMessage("The file " + local + " exists and will be overwritten");
        }
        return new PortObjectSpec[0];
    }

    private FileLocation location() throws InvalidSettingsException {
        return FileLocation.parse(settings.file.getStringValue(), DimModelWriterSettings.FILE);
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        FileLocation target = location();
        exec.setProgress(0, "writing " + target);
        try (OutputStream out = target.create(settings.overwrite.getBooleanValue())) {
            ((DimModelPortObject)inObjects[0]).writeTo(out);
        }
        exec.setProgress(1, "written " + target);
        return new PortObject[0];
    }
}
