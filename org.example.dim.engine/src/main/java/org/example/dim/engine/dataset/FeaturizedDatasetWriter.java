package org.example.dim.engine.dataset;

import static org.example.dim.engine.dataset.DatasetFormat.COUNT_UNFINISHED;
import static org.example.dim.engine.dataset.DatasetFormat.END_MAGIC;
import static org.example.dim.engine.dataset.DatasetFormat.INDEX_ENTRY_BYTES;
import static org.example.dim.engine.dataset.DatasetFormat.MAGIC;
import static org.example.dim.engine.dataset.DatasetFormat.MAX_JSON_BYTES;
import static org.example.dim.engine.dataset.DatasetFormat.OFFSET_COUNT;
import static org.example.dim.engine.dataset.DatasetFormat.TRAILER_BYTES;
import static org.example.dim.engine.dataset.DatasetFormat.VERSION;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32C;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.example.dim.engine.sitenet.SiteNetInput;

/**
 * Writes a featurised dataset file ({@code .sitenet}) one crystal at a time, in constant memory apart
 * from 24 bytes of index per crystal. The layout is the FORMAT section of {@link FeaturizedDatasetReader}.
 *
 * <p><b>Partial files.</b> The header's crystal count is −1 until {@link #close()} has written the index
 * and the trailer and then patched the count; a file whose writing stopped before that (crash, kill, full
 * disk) is refused by the reader with a message naming it. {@link #close()} finishes the file with the
 * crystals appended so far, so a caller whose loop failed and who does not want a shorter but valid file
 * calls {@link #abort()} first, which deletes it (a later {@code close()} does nothing).
 *
 * <p>An existing file at the path is replaced. Not thread-safe: append from one thread.
 */
public final class FeaturizedDatasetWriter implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 20;

    private final Path file;
    private final FileChannel channel;
    private final int features = SiteFeatures.COUNT;
    private final CRC32C crc = new CRC32C();
    private ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    /** Bytes written to the channel plus bytes in the buffer: the file offset of the next byte. */
    private long position;
    private long[] offsets = new long[1024];
    private int[] sites = new int[1024];
    private int[] images = new int[1024];
    private int[] idLengths = new int[1024];
    private int[] checksums = new int[1024];
    private int count;
    private boolean closed;

    private FeaturizedDatasetWriter(Path file, Map<String, Object> settings) throws IOException {
        this.file = file;
        byte[] json = new ObjectMapper().writeValueAsBytes(settings == null ? Map.of() : settings);
        if (json.length > MAX_JSON_BYTES) {
            throw new IllegalArgumentException("featurisation settings too large for a dataset header: "
                    + json.length + " bytes of JSON");
        }
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        try {
            buffer.put(MAGIC).putInt(VERSION).putInt(0).putInt(features).putInt(json.length)
                    .putLong(COUNT_UNFINISHED).put(json);
            pad(DatasetFormat.headerBytes(json.length) - buffer.position());
            position = buffer.position();
        } catch (RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Starts a file.
     *
     * @param settings the featurisation settings (supercell size N, primitive tolerance, feature names and
     *                 scales, element-data version, ...) as plain JSON-able values: maps, lists, strings,
     *                 numbers, booleans. They are stored as a JSON object in the header and come back from
     *                 {@link FeaturizedDatasetReader#settings()}.
     */
    public static FeaturizedDatasetWriter create(Path file, Map<String, Object> settings) throws IOException {
        return new FeaturizedDatasetWriter(file, settings);
    }

    /** Starts a file recording {@link FeaturizationSettings#describe()}. */
    public static FeaturizedDatasetWriter create(Path file, FeaturizationSettings settings) throws IOException {
        return new FeaturizedDatasetWriter(file, settings.describe());
    }

    /** Adds one crystal as the next record. */
    public void append(SiteNetInput crystal) throws IOException {
        if (closed) {
            throw new IllegalStateException(file + ": writer is closed");
        }
        byte[] id = crystal.id().getBytes(StandardCharsets.UTF_8);
        int p = crystal.primitiveSites();
        int m = crystal.images();
        long unpadded = DatasetFormat.recordBytes(id.length, p, m, features);
        long padded = DatasetFormat.align(unpadded, 8);
        if (padded > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException(crystal.id() + ": record of " + padded + " bytes is too large");
        }
        if (buffer.remaining() < padded) {
            flush();
            if (buffer.capacity() < padded) {
                buffer = ByteBuffer.allocate((int) padded).order(ByteOrder.LITTLE_ENDIAN);
            }
        }
        int start = buffer.position();
        buffer.putInt(id.length).putInt(p).putInt(m).put(id);
        pad(DatasetFormat.arraysOffset(id.length) - (buffer.position() - start));
        buffer.asIntBuffer().put(crystal.atomicNumbers());
        buffer.position(buffer.position() + 4 * p);
        buffer.asFloatBuffer().put(crystal.siteFeatures()).put(crystal.distances());
        buffer.position(start + (int) unpadded);
        crc.reset();
        crc.update(buffer.array(), start, (int) unpadded);
        pad(padded - unpadded);

        if (count == offsets.length) {
            int n = 2 * count;
            offsets = Arrays.copyOf(offsets, n);
            sites = Arrays.copyOf(sites, n);
            images = Arrays.copyOf(images, n);
            idLengths = Arrays.copyOf(idLengths, n);
            checksums = Arrays.copyOf(checksums, n);
        }
        offsets[count] = position;
        sites[count] = p;
        images[count] = m;
        idLengths[count] = id.length;
        checksums[count] = (int) crc.getValue();
        count++;
        position += padded;
    }

    /** Crystals appended so far. */
    public int count() {
        return count;
    }

    public Path file() {
        return file;
    }

    /**
     * Writes the index and the trailer, then the crystal count into the header, and forces the file to
     * storage. A file closed without this is refused by the reader. Does nothing after {@link #abort()}.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (FileChannel c = channel) {
            long indexOffset = position;
            ByteBuffer index = ByteBuffer.allocate(INDEX_ENTRY_BYTES * count).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < count; i++) {
                index.putLong(offsets[i]).putInt(sites[i]).putInt(images[i]).putInt(idLengths[i])
                        .putInt(checksums[i]);
            }
            crc.reset();
            crc.update(index.array(), 0, index.position());
            int indexCrc = (int) crc.getValue();
            flush();
            write(index.flip());
            ByteBuffer trailer = ByteBuffer.allocate(TRAILER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            trailer.putLong(count).putLong(indexOffset).putInt(indexCrc).putInt(0).put(END_MAGIC);
            write(trailer.flip());
            c.force(false);
            ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, count);
            while (header.hasRemaining()) {
                c.write(header, OFFSET_COUNT + header.position());
            }
            c.force(false);
        }
    }

    /** Stops writing and deletes the file; {@link #close()} afterwards does nothing. */
    public void abort() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        channel.close();
        Files.deleteIfExists(file);
    }

    private void pad(long bytes) {
        for (long i = 0; i < bytes; i++) {
            buffer.put((byte) 0);
        }
    }

    private void flush() throws IOException {
        buffer.flip();
        write(buffer);
        buffer.clear();
    }

    private void write(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    @Override
    public String toString() {
        return "FeaturizedDatasetWriter[" + file + ", " + count + " crystals]";
    }
}
