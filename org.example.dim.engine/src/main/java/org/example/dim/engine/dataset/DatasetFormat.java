package org.example.dim.engine.dataset;

import java.nio.charset.StandardCharsets;

/**
 * Constants and size arithmetic of the {@code .sitenet} featurised dataset format, shared by
 * {@link FeaturizedDatasetWriter} and {@link FeaturizedDatasetReader}. The layout itself is described
 * in the FORMAT section of {@link FeaturizedDatasetReader} and in {@code FORMAT.md} beside this class.
 */
final class DatasetFormat {

    /** First 8 bytes of every file: 0x89 then ASCII "SITENET" (the high byte catches text-mode transfers). */
    static final byte[] MAGIC = {(byte) 0x89, 'S', 'I', 'T', 'E', 'N', 'E', 'T'};
    /** Last 8 bytes of a complete file. */
    static final byte[] END_MAGIC = "SNTINDEX".getBytes(StandardCharsets.US_ASCII);
    /** The format version this code writes, and the newest it reads. */
    static final int VERSION = 1;

    static final int OFFSET_VERSION = 8;
    static final int OFFSET_FLAGS = 12;
    static final int OFFSET_FEATURES = 16;
    static final int OFFSET_JSON_LENGTH = 20;
    static final int OFFSET_COUNT = 24;
    static final int OFFSET_JSON = 32;
    /** Header count while the file is being written: a file that still has it was never finished. */
    static final long COUNT_UNFINISHED = -1;

    /** Bytes of one index entry: int64 offset, int32 P, int32 images, int32 id length, int32 CRC-32C. */
    static final int INDEX_ENTRY_BYTES = 24;
    /** Bytes of the trailer: int64 count, int64 index offset, int32 index CRC-32C, int32 reserved, magic. */
    static final int TRAILER_BYTES = 32;
    /** Bytes before the id in a record: int32 id length, int32 P, int32 images. */
    static final int RECORD_HEAD_BYTES = 12;

    /** Largest settings JSON accepted (a sanity bound: the real one is about 1 kB). */
    static final int MAX_JSON_BYTES = 1 << 24;

    private DatasetFormat() {
    }

    static long align(long n, int to) {
        return (n + to - 1) / to * to;
    }

    /** Offset of the first record: the header, the JSON, zero padding to 8 bytes. */
    static long headerBytes(int jsonLength) {
        return align(OFFSET_JSON + (long) jsonLength, 8);
    }

    /** Offset of the atomic numbers within a record. */
    static long arraysOffset(int idLength) {
        return align(RECORD_HEAD_BYTES + (long) idLength, 4);
    }

    /** Number of floats of the distance matrix, P · P · images. */
    static long distanceCount(int p, int images) {
        return (long) p * p * images;
    }

    /** Bytes a record's checksum covers: head, id, padding, Z, features, distances (no trailing padding). */
    static long recordBytes(int idLength, int p, int images, int features) {
        return arraysOffset(idLength) + 4L * p + 4L * p * features + 4L * distanceCount(p, images);
    }

    /** Bytes a record occupies in the file: {@link #recordBytes} padded to 8. */
    static long paddedRecordBytes(int idLength, int p, int images, int features) {
        return align(recordBytes(idLength, p, images, features), 8);
    }
}
