package org.example.dim.nodes.modelreader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.example.dim.nodes.types.DimModelBytes;
import org.example.dim.nodes.types.DimModelPortObject;
import org.example.dim.nodes.types.DimModelPortObjectSpec;
import org.example.dim.nodes.util.DimNodeModel;
import org.example.dim.nodes.util.FileLocation;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * DIM Model Reader: a model file ({@code .dim}, written by the DIM Model Writer or {@code dim train}) from a path or
 * knime:// URL to a DIM model port. The file is data only and is checked (magic, version, checksum, structure).
 */
final class DimModelReaderNodeModel extends DimNodeModel<DimModelReaderSettings> {

    DimModelReaderNodeModel() {
        super(new PortType[0], new PortType[] {DimModelPortObject.TYPE}, new DimModelReaderSettings());
    }

    /** A local file is read now, so that the next nodes know the model's widths; a remote one at execute. */
    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        FileLocation source = location();
        Path local = source.localPath();
        if (local == null) {
            return new PortObjectSpec[] {null};
        }
        if (!Files.isRegularFile(local)) {
            throw new InvalidSettingsException("The model file " + local + " does not exist");
        }
        try {
            return new PortObjectSpec[] {read(source, new ExecutionMonitor()).getSpec()};
        } catch (IOException | CanceledExecutionException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        return new PortObject[] {read(location(), exec)};
    }

    private FileLocation location() throws InvalidSettingsException {
        return FileLocation.parse(settings.file.getStringValue(), DimModelReaderSettings.FILE);
    }

    private static DimModelPortObject read(final FileLocation source, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException, InvalidSettingsException {
        exec.setProgress(0, "reading " + source);
        byte[] bytes;
        try (InputStream in = source.open()) {
            bytes = DimModelBytes.read(in, source.toString(), exec);
        }
        DimModelPortObjectSpec spec = DimModelPortObjectSpec.of(DimModelBytes.parse(bytes, source.toString()));
        exec.setProgress(1, "read " + source);
        return new DimModelPortObject(bytes, spec);
    }
}
