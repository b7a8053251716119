package org.example.dim.nodes.types;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import javax.swing.JComponent;
import org.example.dim.engine.dim.DimModelFile;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.AbstractPortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * A trained (or untrained) Site-Net DIM model. It stores the engine's model file unchanged as one zip entry, and
 * parses it only when a node asks for it: loading a workflow reads bytes, never Java objects.
 */
public final class DimModelPortObject extends AbstractPortObject {

    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(DimModelPortObject.class);

    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(DimModelPortObject.class, true);

    static final String ENTRY = "model.dim";

    private byte[] modelFile;

    private DimModelPortObjectSpec spec;

    private DimModelFile.Contents contents;

    /** For the framework, which loads the content afterwards. */
    public DimModelPortObject() {
    }

    public DimModelPortObject(final byte[] modelFile, final DimModelPortObjectSpec spec) {
        this.modelFile = modelFile.clone();
        this.spec = spec;
    }

    /** The model file's contents, read on first use. */
    public synchronized DimModelFile.Contents getContents() throws IOException {
        if (contents == null) {
            contents = DimModelBytes.parse(modelFile, "DIM model port");
        }
        return contents;
    }

    /** Writes the model file, byte for byte as the engine wrote it. */
    public void writeTo(final OutputStream out) throws IOException {
        out.write(modelFile);
    }

    @Override
    public String getSummary() {
        return "Site-Net DIM model: " + spec.getDescription();
    }

    @Override
    public DimModelPortObjectSpec getSpec() {
        return spec;
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    protected void save(final PortObjectZipOutputStream out, final ExecutionMonitor exec) throws IOException {
        out.putNextEntry(new ZipEntry(ENTRY));
        out.write(modelFile);
        out.closeEntry();
    }

    @Override
    protected void load(final PortObjectZipInputStream in, final PortObjectSpec loadedSpec,
        final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
        ZipEntry entry = in.getNextEntry();
        if (entry == null || !ENTRY.equals(entry.getName())) {
            throw new IOException("DIM model port is damaged: expected the entry '" + ENTRY + "', found "
                + (entry == null ? "none" : "'" + entry.getName() + "'"));
        }
        modelFile = DimModelBytes.read(in, "DIM model port", exec);
        spec = (DimModelPortObjectSpec)loadedSpec;
    }

    /** Registered in plugin.xml. */
    public static final class Serializer extends AbstractPortObjectSerializer<DimModelPortObject> {
    }
}
