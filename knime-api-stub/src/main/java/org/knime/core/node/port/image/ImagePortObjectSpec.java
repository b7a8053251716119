package org.knime.core.node.port.image;

import org.knime.core.data.DataType;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/** Stand-in: the spec of an image port, by the cell type of its image. */
public class ImagePortObjectSpec extends AbstractSimplePortObjectSpec {

    private final DataType dataType;

    public ImagePortObjectSpec(final DataType dataType) {
        this.dataType = dataType;
    }

    /** Stand-in only: the type given. */
    DataType type() {
        return dataType;
    }

    @Override
    protected void save(final ModelContentWO model) {
    }

    @Override
    protected void load(final ModelContentRO model) {
    }
}
