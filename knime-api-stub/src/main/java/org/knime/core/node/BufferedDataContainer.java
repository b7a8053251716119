package org.knime.core.node;

import org.knime.core.data.container.DataContainer;

/** Stand-in: a container whose table lives in KNIME's buffers. */
public class BufferedDataContainer extends DataContainer {

    private BufferedDataContainer() {
    }

    @Override
    public BufferedDataTable getTable() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
