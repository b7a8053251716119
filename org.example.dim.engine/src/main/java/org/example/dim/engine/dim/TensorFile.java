package org.example.dim.engine.dim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The container of model files and training checkpoints: a JSON header and named float32 arrays, with a
 * checksum; data only (no Java serialisation), so a file from elsewhere can be read without risk.
 *
 * <pre>
 * 8 bytes   magic (which kind of file)
 * int32     format version
 * int32     n, then n bytes of UTF-8 JSON: the caller's header plus "parameters": [{"name", "shape"}, ...]
 * float32[] the arrays, in the order of "parameters", each row-major
 * int64     CRC-32 of everything before it
 * </pre>
 * All numbers little-endian.
 */
final class TensorFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARRAYS = "parameters";

    private final String magic;
    private final int version;
    private final String kind;

    /** @param kind what the file is, for error messages ("DIM model file") */
    TensorFile(String magic, int version, String kind) {
        if (magic.length() != 8) {
            throw new IllegalArgumentException("magic must be 8 ASCII characters");
        }
        this.magic = magic;
        this.version = version;
        this.kind = kind;
    }

    /** What a file holds: its header (without the array list) and its arrays by name, in file order. */
    record Contents(JsonNode header, Map<String, float[]> arrays) {
    }

    byte[] toBytes(ObjectNode header, Map<String, float[]> arrays, Map<String, long[]> shapes) throws IOException {
        ObjectNode h = header.deepCopy();
        ArrayNode list = h.putArray(ARRAYS);
        long floats = 0;
        for (Map.Entry<String, float[]> a : arrays.entrySet()) {
            ObjectNode o = list.addObject();
            o.put("name", a.getKey());
            ArrayNode shape = o.putArray("shape");
            long n = 1;
            for (long s : shapes.get(a.getKey())) {
                shape.add(s);
                n *= s;
            }
            if (n != a.getValue().length) {
                throw new IllegalArgumentException(a.getKey() + ": shape " + Arrays.toString(shapes.get(a.getKey()))
                        + " does not hold " + a.getValue().length + " values");
            }
            floats += n;
        }
        byte[] headerBytes = JSON.writeValueAsBytes(h);
        ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(8 + 8 + headerBytes.length + 4 * floats + 8))
                .order(ByteOrder.LITTLE_ENDIAN);
        b.put(magic.getBytes(StandardCharsets.US_ASCII)).putInt(version).putInt(headerBytes.length).put(headerBytes);
        for (float[] v : arrays.values()) {
            for (float x : v) {
                b.putFloat(x);
            }
        }
        CRC32 crc = new CRC32();
        crc.update(b.array(), 0, b.position());
        b.putLong(crc.getValue());
        return b.array();
    }

    /** Writes through a temporary sibling, so that a crash never leaves half a file under the name. */
    void write(Path file, ObjectNode header, Map<String, float[]> arrays, Map<String, long[]> shapes)
            throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, toBytes(header, arrays, shapes));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    Contents read(Path file) throws IOException {
        return fromBytes(Files.readAllBytes(file), file.toString());
    }

    /** @param name where the bytes came from, for error messages */
    Contents fromBytes(byte[] bytes, String name) throws IOException {
        byte[] expected = magic.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < expected.length + 16 || !Arrays.equals(Arrays.copyOf(bytes, expected.length), expected)) {
            throw new IOException(name + ": not a " + kind);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getLong(bytes.length - 8) != crc.getValue()) {
            throw new IOException(name + ": " + kind + " is damaged (checksum mismatch)");
        }
        b.position(expected.length);
        int fileVersion = b.getInt();
        if (fileVersion > version) {
            throw new IOException(name + ": " + kind + " format version " + fileVersion + " is newer than this reader's ("
                    + version + ")");
        }
        try {
            byte[] headerBytes = new byte[b.getInt()];
            b.get(headerBytes);
            ObjectNode header = (ObjectNode) JSON.readTree(headerBytes);
            Map<String, float[]> arrays = new LinkedHashMap<>();
            for (JsonNode a : required(header, ARRAYS, name)) {
                long n = 1;
                for (JsonNode s : required(a, "shape", name)) {
                    n *= s.asLong();
                }
                if (n < 0 || 4 * n > b.remaining() - 8) {
                    throw new IOException(name + ": " + kind + " is malformed (array '" + a.path("name").asText()
                            + "' needs " + 4 * n + " bytes, " + (b.remaining() - 8) + " are left)");
                }
                float[] v = new float[Math.toIntExact(n)];
                b.asFloatBuffer().get(v);
                b.position(b.position() + 4 * v.length);
                arrays.put(required(a, "name", name).asText(), v);
            }
            if (b.remaining() != 8) {
                throw new IOException(name + ": " + kind + " has " + (b.remaining() - 8) + " bytes its header does not"
                        + " describe");
            }
            header.remove(ARRAYS);
            return new Contents(header, arrays);
        } catch (BufferUnderflowException | IllegalArgumentException | ClassCastException | ArithmeticException e) {
            throw new IOException(name + ": " + kind + " is malformed (" + e + ")", e);
        }
    }

    /** A header field that must be there. */
    static JsonNode required(JsonNode node, String field, String name) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IOException(name + ": field '" + field + "' is missing");
        }
        return v;
    }
}
