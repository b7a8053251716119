package org.example.dim.engine.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.example.dim.engine.sitenet.SiteNetInput;

/**
 * Writes a featurised dataset file ({@code .sitenet}), one crystal at a time; {@link #close()} writes
 * the index that makes the file readable. The layout is described in {@link FeaturizedDatasetReader}.
 * Not thread-safe: append from one thread.
 */
public final class FeaturizedDatasetWriter implements AutoCloseable {

    private final Path file;
    private final OutputStream out;
    private long position;
    private long[] offsets = new long[1024];
    private int count;
    private ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

    private FeaturizedDatasetWriter(Path file, Map<String, Object> settings) throws IOException {
        this.file = file;
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
        byte[] json = new ObjectMapper().writeValueAsBytes(settings);
        ByteBuffer header = ByteBuffer.allocate(FeaturizedDatasetReader.MAGIC.length + 8 + json.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        header.put(FeaturizedDatasetReader.MAGIC).putInt(FeaturizedDatasetReader.VERSION).putInt(json.length).put(json);
        write(header.array(), header.position());
    }

    /** Starts a file; {@code settings} (featurisation settings as plain values) go into its header as JSON. */
    public static FeaturizedDatasetWriter create(Path file, Map<String, Object> settings) throws IOException {
        return new FeaturizedDatasetWriter(file, settings);
    }

    public void append(SiteNetInput crystal) throws IOException {
        byte[] id = crystal.id().getBytes(StandardCharsets.UTF_8);
        int p = crystal.primitiveSites();
        int size = 4 + id.length + 8 + 4 * p + 4 * crystal.siteFeatures().length + 4 * crystal.distances().length;
        if (buffer.capacity() < size) {
            buffer = ByteBuffer.allocate(Math.max(size, 2 * buffer.capacity())).order(ByteOrder.LITTLE_ENDIAN);
        }
        buffer.clear();
        buffer.putInt(id.length).put(id).putInt(p).putInt(crystal.images());
        buffer.asIntBuffer().put(crystal.atomicNumbers());
        buffer.position(buffer.position() + 4 * p);
        buffer.asFloatBuffer().put(crystal.siteFeatures()).put(crystal.distances());
        buffer.position(size);
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, 2 * count);
        }
        offsets[count++] = position;
        write(buffer.array(), size);
    }

    public int count() {
        return count;
    }

    private void write(byte[] bytes, int length) throws IOException {
        out.write(bytes, 0, length);
        position += length;
    }

    /** Writes the index and the trailer; a file closed without them is rejected by the reader. */
    @Override
    public void close() throws IOException {
        ByteBuffer index = ByteBuffer.allocate(8 * count + FeaturizedDatasetReader.TRAILER_BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        long indexOffset = position;
        for (int i = 0; i < count; i++) {
            index.putLong(offsets[i]);
        }
        index.putLong(count).putLong(indexOffset).put(FeaturizedDatasetReader.END_MAGIC);
        write(index.array(), index.position());
        out.close();
    }

    @Override
    public String toString() {
        return "FeaturizedDatasetWriter[" + file + ", " + count + " crystals]";
    }
}
