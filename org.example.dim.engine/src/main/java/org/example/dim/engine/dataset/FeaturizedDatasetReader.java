package org.example.dim.engine.dataset;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.example.dim.engine.sitenet.SiteNetInput;

/**
 * Reads a featurised dataset file ({@code .sitenet}) with random access, so that training reads
 * crystals without featurising again and without holding the dataset in memory.
 *
 * <h2>Format, version 1</h2>
 * All numbers little-endian.
 * <pre>
 * header   8 bytes  magic "SITENET1"
 *          int32    format version (1)
 *          int32    n, then n bytes of UTF-8 JSON: the featurisation settings
 * records  per crystal:
 *          int32    m, then m bytes of UTF-8: the crystal's id
 *          int32    P (primitive sites), int32 images
 *          int32[P]            atomic numbers
 *          float32[P × 9]      raw site features, row-major
 *          float32[P × P·images] distances (Å), row-major, columns site-major
 * index    int64[count]        byte offset of each record
 * trailer  int64 count, int64 offset of the index, 8 bytes magic "SNINDEX1"
 * </pre>
 * A file without a valid trailer (writing interrupted) or with another magic or a newer version is
 * refused with a message naming the file. Thread-safe: reads are positional.
 */
public final class FeaturizedDatasetReader implements AutoCloseable {

    static final byte[] MAGIC = "SITENET1".getBytes(StandardCharsets.US_ASCII);
    static final byte[] END_MAGIC = "SNINDEX1".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int TRAILER_BYTES = 8 + 8 + 8;

    private final Path file;
    private final FileChannel channel;
    private final Map<String, Object> settings;
    private final long[] offsets;
    private final long indexOffset;

    private FeaturizedDatasetReader(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = channel.size();
            ByteBuffer head = read(0, (int) Math.min(size, MAGIC.length + 8));
            byte[] magic = new byte[MAGIC.length];
            if (head.remaining() < MAGIC.length + 8 || !Arrays.equals(get(head, magic), MAGIC)) {
                throw corrupt("not a featurised dataset (.sitenet) file");
            }
            int version = head.getInt();
            if (version > VERSION) {
                throw corrupt("format version " + version + " is newer than this reader's (" + VERSION + ")");
            }
            int jsonLength = head.getInt();
            if (jsonLength < 0 || MAGIC.length + 8L + jsonLength + TRAILER_BYTES > size) {
                throw corrupt("header is damaged");
            }
            byte[] json = get(read(MAGIC.length + 8, jsonLength), new byte[jsonLength]);
            settings = new ObjectMapper().readValue(json, new TypeReference<Map<String, Object>>() { });
            ByteBuffer trailer = read(size - TRAILER_BYTES, TRAILER_BYTES);
            long count = trailer.getLong();
            indexOffset = trailer.getLong();
            if (!Arrays.equals(get(trailer, new byte[END_MAGIC.length]), END_MAGIC) || count < 0
                    || indexOffset < 0 || indexOffset + 8 * count + TRAILER_BYTES != size) {
                throw corrupt("has no valid index (was writing interrupted?)");
            }
            offsets = new long[(int) count];
            read(indexOffset, (int) (8 * count)).asLongBuffer().get(offsets);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    public static FeaturizedDatasetReader open(Path file) throws IOException {
        return new FeaturizedDatasetReader(file);
    }

    /** The featurisation settings the file was written with. */
    public Map<String, Object> settings() {
        return settings;
    }

    public int size() {
        return offsets.length;
    }

    /** Crystal {@code i}, read from the file. */
    public SiteNetInput get(int i) throws IOException {
        long start = offsets[i];
        long end = i + 1 < offsets.length ? offsets[i + 1] : indexOffset;
        if (start < 0 || end < start || end - start > Integer.MAX_VALUE) {
            throw corrupt("record " + i + " has a bad offset");
        }
        ByteBuffer b = read(start, (int) (end - start));
        try {
            byte[] id = get(b, new byte[b.getInt()]);
            int p = b.getInt();
            int images = b.getInt();
            int[] z = new int[p];
            b.asIntBuffer().get(z);
            b.position(b.position() + 4 * p);
            float[] features = new float[p * SiteFeatures.COUNT];
            float[] distances = new float[p * p * images];
            b.asFloatBuffer().get(features).get(distances);
            return new SiteNetInput(new String(id, StandardCharsets.UTF_8), p, images, z, features, distances);
        } catch (RuntimeException e) {
            throw corrupt("record " + i + " is damaged (" + e.getMessage() + ")");
        }
    }

    /** P of every crystal, in file order: enough to plan batches without reading the records. */
    public int[] primitiveSiteCounts() throws IOException {
        int[] p = new int[offsets.length];
        for (int i = 0; i < p.length; i++) {
            ByteBuffer b = read(offsets[i], 4);
            int idLength = b.getInt();
            p[i] = read(offsets[i] + 4 + idLength, 4).getInt();
        }
        return p;
    }

    private ByteBuffer read(long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (channel.read(b, position + b.position()) < 0) {
                throw corrupt("ends early, at byte " + (position + b.position()));
            }
        }
        return b.flip();
    }

    private static byte[] get(ByteBuffer b, byte[] into) {
        b.get(into);
        return into;
    }

    private IOException corrupt(String what) {
        return new IOException(file + ": " + what);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
