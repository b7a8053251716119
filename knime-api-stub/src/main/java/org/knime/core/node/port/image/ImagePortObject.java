package org.knime.core.node.port.image;

import javax.swing.JComponent;
import org.knime.core.data.image.ImageContent;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.AbstractPortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/** Stand-in: an image flowing through a port. */
public class ImagePortObject extends AbstractPortObject {

    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ImagePortObject.class);

    private final ImageContent content;

    private final ImagePortObjectSpec spec;

    public ImagePortObject(final ImageContent content, final ImagePortObjectSpec spec) {
        this.content = content;
        this.spec = spec;
    }

    @Override
    protected void save(final PortObjectZipOutputStream out, final ExecutionMonitor exec) {
    }

    @Override
    protected void load(final PortObjectZipInputStream in, final PortObjectSpec spec, final ExecutionMonitor exec) {
    }

    @Override
    public String getSummary() {
        return "Image";
    }

    @Override
    public PortObjectSpec getSpec() {
        return spec;
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    /** Stand-in only (tests): the content given. */
    ImageContent content() {
        return content;
    }
}
