package org.knime.core.node.port;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/** Saves and loads port objects through the zip streams KNIME uses for them in a workflow's port folders. */
public final class PortObjectStore {

    private PortObjectStore() {
    }

    public static byte[] save(final AbstractPortObject port) throws IOException, CanceledExecutionException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PortObjectZipOutputStream out = new PortObjectZipOutputStream(bytes)) {
            port.save(out, new ExecutionMonitor());
        }
        return bytes.toByteArray();
    }

    /** Loads saved bytes into a fresh port object, as KNIME does when it opens a workflow. */
    public static <T extends AbstractPortObject> T load(final byte[] saved, final T fresh, final PortObjectSpec spec)
        throws IOException, CanceledExecutionException {
        try (PortObjectZipInputStream in = new PortObjectZipInputStream(new ByteArrayInputStream(saved))) {
            fresh.load(in, spec, new ExecutionMonitor());
        }
        return fresh;
    }
}
