package org.example.dim.engine.dataset;

import static org.example.dim.engine.dataset.DatasetFormat.COUNT_UNFINISHED;
import static org.example.dim.engine.dataset.DatasetFormat.END_MAGIC;
import static org.example.dim.engine.dataset.DatasetFormat.INDEX_ENTRY_BYTES;
import static org.example.dim.engine.dataset.DatasetFormat.MAGIC;
import static org.example.dim.engine.dataset.DatasetFormat.MAX_JSON_BYTES;
import static org.example.dim.engine.dataset.DatasetFormat.OFFSET_JSON;
import static org.example.dim.engine.dataset.DatasetFormat.TRAILER_BYTES;
import static org.example.dim.engine.dataset.DatasetFormat.VERSION;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.CRC32C;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.example.dim.engine.sitenet.SiteNetInput;

/**
 * Reads a featurised dataset file ({@code .sitenet}) written by {@link FeaturizedDatasetWriter}: random
 * access to any crystal without featurising again and without holding the dataset in memory. The records
 * are memory-mapped ({@link FileChannel#map}) in regions of at most about 1 GiB, cut at record boundaries,
 * so files larger than 2 GB work and the operating system pages data in and out as needed. Only the index
 * (24 bytes per crystal) is held on the heap.
 *
 * <p>Opening checks the whole structure (magic, version, header, trailer, index checksum, that the records
 * tile the file exactly); {@link #get(int)} checks the record's CRC-32C unless the reader was opened with
 * checks off. Every problem is an {@link IOException} whose message starts with the file's path and says
 * what is wrong. Thread-safe: {@code get} only reads the mapped memory at absolute positions.
 *
 * <p>Mapped memory is released when the reader becomes unreachable (Java cannot unmap explicitly); on
 * Windows the file stays locked until then.
 *
 * <h2>FORMAT (version 1)</h2>
 * All integers and floats little-endian; floats IEEE-754 binary32; offsets from the start of the file.
 * The same description, with rationale, is in {@code FORMAT.md} beside this class.
 * <pre>
 * HEADER
 *   0   8 bytes   magic 0x89 'S' 'I' 'T' 'E' 'N' 'E' 'T'
 *   8   int32     format version = 1 (a reader refuses versions newer than its own)
 *   12  int32     flags = 0 (reserved; a reader refuses non-zero flags)
 *   16  int32     F, features per site (9 for Site-Net)
 *   20  int32     n, byte length of the settings JSON
 *   24  int64     crystal count C; -1 while the file is being written
 *   32  n bytes   featurisation settings: a UTF-8 JSON object
 *       zero padding to a multiple of 8
 * RECORDS, C of them, one after another, each starting at a multiple of 8
 *   +0  int32     m, byte length of the id
 *   +4  int32     P, primitive sites (&ge; 1)
 *   +8  int32     images (&ge; 1)
 *   +12 m bytes   id, UTF-8
 *       zero padding to a multiple of 4 (relative to the record start)
 *       int32[P]              atomic numbers Z
 *       float32[P * F]        raw site features, row-major (site, feature)
 *       float32[P * P*images] minimum-image distances in Å, row-major (site, supercell site);
 *                             supercell site k is an image of primitive site k / images
 *       zero padding to a multiple of 8
 * INDEX at offset I (a multiple of 8), C entries of 24 bytes
 *   int64 record offset, int32 P, int32 images, int32 m,
 *   int32 CRC-32C of the record's bytes from +0 to the end of the distances (no trailing padding)
 * TRAILER, the last 32 bytes
 *   int64 C (equal to the header's), int64 I, int32 CRC-32C of the index bytes, int32 reserved = 0,
 *   8 bytes end magic "SNTINDEX"
 * </pre>
 * File size = I + 24·C + 32. The first record starts right after the padded header and each record right
 * after the previous one, so the index fully determines where every byte belongs.
 */
public final class FeaturizedDatasetReader implements AutoCloseable, Iterable<SiteNetInput> {

    /** Largest mapped region; regions are cut at record boundaries. */
    static final long DEFAULT_REGION_BYTES = 1L << 30;

    private final Path file;
    private final boolean verify;
    private final Map<String, Object> settings;
    private final int features;
    private final int version;
    private final long[] offsets;
    private final int[] sites;
    private final int[] images;
    private final int[] idLengths;
    private final int[] checksums;
    /** Region of each record, and where each region starts in the file. */
    private final int[] regionOf;
    private final long[] regionStart;
    private volatile MappedByteBuffer[] regions;

    private FeaturizedDatasetReader(Path file, boolean verify, long maxRegionBytes) throws IOException {
        this.file = file;
        this.verify = verify;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < OFFSET_JSON) {
                throw corrupt(size < MAGIC.length || !Arrays.equals(readMagic(channel, size), MAGIC)
                        ? "not a featurised dataset (.sitenet) file: no Crystal DIM magic number"
                        : "is truncated: only " + size + " bytes, shorter than the header");
            }
            ByteBuffer head = read(channel, 0, OFFSET_JSON);
            byte[] magic = new byte[MAGIC.length];
            head.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw corrupt("not a featurised dataset (.sitenet) file: no Crystal DIM magic number");
            }
            version = head.getInt();
            int flags = head.getInt();
            features = head.getInt();
            int jsonLength = head.getInt();
            long headerCount = head.getLong();
            if (version > VERSION) {
                throw corrupt("format version " + version + " is newer than this reader understands (up to "
                        + VERSION + "); it was written by a newer Crystal DIM");
            }
            if (version < 1) {
                throw corrupt("format version " + version + " is not valid; the header is damaged");
            }
            if (flags != 0) {
                throw corrupt("uses format flags 0x" + Integer.toHexString(flags) + " that this reader does not know");
            }
            if (features != SiteFeatures.COUNT) {
                throw corrupt("has " + features + " features per site; this Crystal DIM uses " + SiteFeatures.COUNT);
            }
            if (jsonLength < 0 || jsonLength > MAX_JSON_BYTES
                    || DatasetFormat.headerBytes(jsonLength) + TRAILER_BYTES > size) {
                throw corrupt("header is damaged: settings length " + jsonLength + " does not fit a file of "
                        + size + " bytes");
            }
            if (headerCount == COUNT_UNFINISHED) {
                throw corrupt("is incomplete: it has no valid index because writing was interrupted before the "
                        + "file was closed");
            }
            byte[] json = new byte[jsonLength];
            read(channel, OFFSET_JSON, jsonLength).get(json);
            try {
                settings = Collections.unmodifiableMap(new ObjectMapper().readValue(json,
                        new TypeReference<Map<String, Object>>() { }));
            } catch (IOException e) {
                throw corrupt("settings in the header are not valid JSON (" + e.getMessage() + ")");
            }

            ByteBuffer trailer = read(channel, size - TRAILER_BYTES, TRAILER_BYTES);
            long count = trailer.getLong();
            long indexOffset = trailer.getLong();
            int indexCrc = trailer.getInt();
            trailer.getInt();
            byte[] endMagic = new byte[END_MAGIC.length];
            trailer.get(endMagic);
            if (!Arrays.equals(endMagic, END_MAGIC)) {
                throw corrupt("has no valid index at its end (truncated, or writing was interrupted)");
            }
            if (count != headerCount || count < 0 || count > (Integer.MAX_VALUE - 8) / INDEX_ENTRY_BYTES
                    || indexOffset != size - TRAILER_BYTES - INDEX_ENTRY_BYTES * count) {
                throw corrupt("index is damaged: header says " + headerCount + " crystals, trailer " + count
                        + " crystals with the index at byte " + indexOffset + " of " + size);
            }
            int n = (int) count;
            ByteBuffer index = ByteBuffer.allocate(INDEX_ENTRY_BYTES * n).order(ByteOrder.LITTLE_ENDIAN);
            readFully(channel, index, indexOffset);
            CRC32C crc = new CRC32C();
            crc.update(index.array(), 0, index.capacity());
            if ((int) crc.getValue() != indexCrc) {
                throw corrupt("index is damaged: checksum mismatch");
            }
            index.flip();
            offsets = new long[n];
            sites = new int[n];
            images = new int[n];
            idLengths = new int[n];
            checksums = new int[n];
            long expected = DatasetFormat.headerBytes(jsonLength);
            for (int i = 0; i < n; i++) {
                offsets[i] = index.getLong();
                sites[i] = index.getInt();
                images[i] = index.getInt();
                idLengths[i] = index.getInt();
                checksums[i] = index.getInt();
                if (offsets[i] != expected || sites[i] < 1 || images[i] < 1 || idLengths[i] < 0
                        || DatasetFormat.distanceCount(sites[i], images[i]) > Integer.MAX_VALUE - 8) {
                    throw corrupt("index entry " + i + " is damaged (offset " + offsets[i] + ", P " + sites[i]
                            + ", images " + images[i] + ")");
                }
                expected += DatasetFormat.paddedRecordBytes(idLengths[i], sites[i], images[i], features);
                if (expected > indexOffset) {
                    throw corrupt("index entry " + i + " runs past the records");
                }
            }
            if (expected != indexOffset) {
                throw corrupt("index does not account for bytes " + expected + " to " + indexOffset);
            }

            // Regions: greedy runs of whole records, each at most maxRegionBytes (or one record if larger).
            regionOf = new int[n];
            List<Long> starts = new ArrayList<>();
            List<Long> lengths = new ArrayList<>();
            long regionBegin = -1;
            for (int i = 0; i < n; i++) {
                long end = i + 1 < n ? offsets[i + 1] : indexOffset;
                if (regionBegin < 0 || end - regionBegin > maxRegionBytes) {
                    if (regionBegin >= 0) {
                        lengths.add(offsets[i] - regionBegin);
                    }
                    regionBegin = offsets[i];
                    starts.add(regionBegin);
                    if (end - regionBegin > Integer.MAX_VALUE) {
                        throw corrupt("record " + i + " is larger than 2 GB");
                    }
                }
                regionOf[i] = starts.size() - 1;
            }
            if (regionBegin >= 0) {
                lengths.add(indexOffset - regionBegin);
            }
            regionStart = new long[starts.size()];
            MappedByteBuffer[] mapped = new MappedByteBuffer[starts.size()];
            for (int r = 0; r < mapped.length; r++) {
                regionStart[r] = starts.get(r);
                mapped[r] = channel.map(FileChannel.MapMode.READ_ONLY, regionStart[r], lengths.get(r));
                mapped[r].order(ByteOrder.LITTLE_ENDIAN);
            }
            regions = mapped;
        }
    }

    /** Opens a file, checking every record's checksum as it is read. */
    public static FeaturizedDatasetReader open(Path file) throws IOException {
        return new FeaturizedDatasetReader(file, true, DEFAULT_REGION_BYTES);
    }

    /**
     * Opens a file.
     *
     * @param verifyChecksums whether {@link #get(int)} checks each record's CRC-32C (the structure is
     *                        checked on opening either way)
     */
    public static FeaturizedDatasetReader open(Path file, boolean verifyChecksums) throws IOException {
        return new FeaturizedDatasetReader(file, verifyChecksums, DEFAULT_REGION_BYTES);
    }

    /** For tests: maps in regions of at most {@code maxRegionBytes}. */
    static FeaturizedDatasetReader open(Path file, boolean verifyChecksums, long maxRegionBytes)
            throws IOException {
        return new FeaturizedDatasetReader(file, verifyChecksums, maxRegionBytes);
    }

    public Path file() {
        return file;
    }

    /** The featurisation settings the file was written with, as parsed JSON (unmodifiable). */
    public Map<String, Object> settings() {
        return settings;
    }

    /** The format version of the file. */
    public int formatVersion() {
        return version;
    }

    /** Number of crystals. */
    public int size() {
        return offsets.length;
    }

    /** P of crystal {@code i}, from the index (no record is read). */
    public int primitiveSites(int i) {
        return sites[i];
    }

    /** Images of crystal {@code i}, from the index. */
    public int images(int i) {
        return images[i];
    }

    /** P of every crystal in file order, from the index: what {@link BatchPlan} needs. A copy. */
    public int[] primitiveSiteCounts() {
        return sites.clone();
    }

    /** Number of mapped regions (1 unless the records exceed about 1 GiB). */
    int regionCount() {
        return regionStart.length;
    }

    /** The id of crystal {@code i}, reading only that. */
    public String id(int i) throws IOException {
        ByteBuffer r = record(i);
        byte[] id = new byte[idLengths[i]];
        r.get(DatasetFormat.RECORD_HEAD_BYTES, id);
        return new String(id, StandardCharsets.UTF_8);
    }

    /** Crystal {@code i} (0 ≤ i &lt; {@link #size()}), read from the mapped file into new arrays. */
    public SiteNetInput get(int i) throws IOException {
        ByteBuffer r = record(i);
        int m = idLengths[i];
        int p = sites[i];
        int img = images[i];
        if (verify) {
            CRC32C crc = new CRC32C();
            crc.update(r.duplicate());
            if ((int) crc.getValue() != checksums[i]) {
                throw corrupt("record " + i + " is damaged: checksum mismatch");
            }
        }
        if (r.getInt(0) != m || r.getInt(4) != p || r.getInt(8) != img) {
            throw corrupt("record " + i + " is damaged: its header disagrees with the index");
        }
        byte[] id = new byte[m];
        r.get(DatasetFormat.RECORD_HEAD_BYTES, id);
        int at = (int) DatasetFormat.arraysOffset(m);
        int[] z = new int[p];
        float[] f = new float[p * features];
        float[] d = new float[(int) DatasetFormat.distanceCount(p, img)];
        r.position(at);
        r.asIntBuffer().get(z);
        r.position(at + 4 * p);
        r.asFloatBuffer().get(f).get(d);
        try {
            return new SiteNetInput(new String(id, StandardCharsets.UTF_8), p, img, z, f, d);
        } catch (IllegalArgumentException e) {
            throw corrupt("record " + i + " is damaged: " + e.getMessage());
        }
    }

    /** The bytes of record {@code i} that its checksum covers, as a little-endian buffer of its own. */
    private ByteBuffer record(int i) throws IOException {
        MappedByteBuffer[] mapped = regions;
        if (mapped == null) {
            throw new IOException(file + ": reader is closed");
        }
        if (i < 0 || i >= offsets.length) {
            throw new IndexOutOfBoundsException("crystal " + i + " of " + offsets.length + " in " + file);
        }
        int region = regionOf[i];
        int start = (int) (offsets[i] - regionStart[region]);
        int length = (int) DatasetFormat.recordBytes(idLengths[i], sites[i], images[i], features);
        return mapped[region].slice(start, length).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The crystals in file order; an {@link IOException} surfaces as {@link UncheckedIOException}. */
    @Override
    public Iterator<SiteNetInput> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < offsets.length;
            }

            @Override
            public SiteNetInput next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    return get(next++);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Drops the mappings; later reads fail. The memory is returned when the buffers are collected. */
    @Override
    public void close() {
        regions = null;
    }

    @Override
    public String toString() {
        return "FeaturizedDatasetReader[" + file + ", " + offsets.length + " crystals]";
    }

    private IOException corrupt(String what) {
        return new IOException(file + ": " + what);
    }

    private byte[] readMagic(FileChannel channel, long size) throws IOException {
        return read(channel, 0, (int) Math.min(size, MAGIC.length)).array();
    }

    private ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, b, position);
        return b.flip();
    }

    private void readFully(FileChannel channel, ByteBuffer b, long position) throws IOException {
        long at = position;
        while (b.hasRemaining()) {
            int n = channel.read(b, at);
            if (n < 0) {
                throw corrupt("ends early, at byte " + at);
            }
            at += n;
        }
    }
}
