package org.example.dim.nodes.types;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.example.dim.engine.dim.DimModel;
import org.example.dim.engine.dim.DimModelFile;
import org.example.dim.engine.dim.HistoryRow;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * A model file of the engine ({@code .dim}) held as bytes, as the model port and the model files store it. Model files
 * come from shared workflows and files, so reading them is bounded and any damage is an IOException naming the file.
 */
public final class DimModelBytes {

    /** Larger than any model of this architecture family by far; a longer file is damaged data. */
    static final int MAX_BYTES = 1 << 30;

    private static final String MAGIC = "DIMMODEL";

    /** Magic, version and header length come before the header (DimModelFile's format). */
    private static final int HEADER_OFFSET = 16;

    private DimModelBytes() {
    }

    /** The model file of a model, as bytes. */
    public static byte[] of(final DimModel model, final Map<String, Object> featurization,
        final Map<String, Object> training, final List<HistoryRow> history) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DimModelFile.write(out, model, featurization, training, history);
        return out.toByteArray();
    }

    /** Parses model file bytes; a damaged file gives a clear error (bad magic, checksum, version or structure). */
    public static DimModelFile.Contents parse(final byte[] bytes, final String name) throws IOException {
        // The engine allocates the header by its stored length; refuse impossible lengths before it does.
        if (bytes.length >= HEADER_OFFSET && new String(bytes, 0, MAGIC.length(), StandardCharsets.US_ASCII)
            .equals(MAGIC)) {
            int headerLength = ByteBuffer.wrap(bytes, HEADER_OFFSET - 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            if (headerLength < 0 || headerLength > bytes.length - HEADER_OFFSET) {
                throw new IOException(name + ": DIM model file is damaged (header length " + headerLength + ")");
            }
        }
        try {
            return DimModelFile.read(new ByteArrayInputStream(bytes), name);
        } catch (RuntimeException e) {
            throw new IOException(name + ": DIM model file is damaged (" + e.getMessage() + ")", e);
        }
    }

    /** Reads a stream to its end, at most {@link #MAX_BYTES}, checking for cancellation as it goes. */
    public static byte[] read(final InputStream in, final String name, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0;) {
            if (out.size() + n > MAX_BYTES) {
                throw new IOException(name + ": longer than " + MAX_BYTES + " bytes, not a DIM model");
            }
            out.write(buffer, 0, n);
            exec.checkCanceled();
        }
        return out.toByteArray();
    }
}
