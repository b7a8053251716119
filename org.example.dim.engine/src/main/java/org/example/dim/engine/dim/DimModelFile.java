package org.example.dim.engine.dim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.example.dim.engine.falsesample.FalseSampleKind;

/**
 * A trained model on disk ({@code .dim}): what it is, how it was made, and its parameters. No Java
 * serialisation; loads on any backend.
 *
 * <h2>Format, version 1</h2>
 * All numbers little-endian.
 * <pre>
 * 8 bytes   magic "DIMMODEL"
 * int32     format version (1)
 * int32     n, then n bytes of UTF-8 JSON: {"architecture": {...DimConfig}, "featurization": {...},
 *           "training": {...settings, seeds, result}, "history": [...], "parameters": [{"name", "shape"}, ...]}
 * float32[] the parameters, in the order of "parameters", each row-major
 * int64     CRC-32 of everything before it
 * </pre>
 */
public final class DimModelFile {

    private static final byte[] MAGIC = "DIMMODEL".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;

    private DimModelFile() {
    }

    /** A model file's contents: the model's description and its parameters. */
    public record Contents(DimConfig config, Map<String, Object> featurization, Map<String, Object> training,
            List<HistoryRow> history, Map<String, float[]> parameters) {
    }

    public static void save(Path file, DimModel model, Map<String, Object> featurization, Map<String, Object> training,
            List<HistoryRow> history) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, bytes(model, featurization, training, history));
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Writes the model file to a stream (the bytes {@link #save} puts in a file), for hosts that keep no files. */
    public static void write(OutputStream out, DimModel model, Map<String, Object> featurization,
            Map<String, Object> training, List<HistoryRow> history) throws IOException {
        out.write(bytes(model, featurization, training, history));
    }

    private static byte[] bytes(DimModel model, Map<String, Object> featurization, Map<String, Object> training,
            List<HistoryRow> history) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode header = json.createObjectNode();
        header.set("architecture", json.valueToTree(configToMap(model.config())));
        header.set("featurization", json.valueToTree(featurization));
        header.set("training", json.valueToTree(training));
        ArrayNode rows = header.putArray("history");
        for (HistoryRow r : history) {
            ObjectNode o = rows.addObject();
            o.put("epoch", r.epoch()).put("split", r.split()).put("local_dim", r.losses().localDim())
                    .put("local_kl", r.losses().localKl()).put("global_dim", r.losses().globalDim())
                    .put("global_kl", r.losses().globalKl());
        }
        Map<String, float[]> parameters = model.parameters();
        Map<String, long[]> shapes = model.parameterShapes();
        ArrayNode list = header.putArray("parameters");
        int floats = 0;
        for (Map.Entry<String, float[]> p : parameters.entrySet()) {
            ObjectNode o = list.addObject();
            o.put("name", p.getKey());
            ArrayNode shape = o.putArray("shape");
            for (long s : shapes.get(p.getKey())) {
                shape.add(s);
            }
            floats += p.getValue().length;
        }
        byte[] headerBytes = json.writeValueAsBytes(header);
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 8 + headerBytes.length + 4 * floats + 8)
                .order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putInt(VERSION).putInt(headerBytes.length).put(headerBytes);
        for (float[] v : parameters.values()) {
            for (float x : v) {
                b.putFloat(x);
            }
        }
        CRC32 crc = new CRC32();
        crc.update(b.array(), 0, b.position());
        b.putLong(crc.getValue());
        return b.array();
    }

    public static Contents read(Path file) throws IOException {
        return read(Files.readAllBytes(file), file.toString());
    }

    /** Reads a model file from a stream, to its end; {@code name} says where it came from in errors. */
    public static Contents read(InputStream in, String name) throws IOException {
        return read(in.readAllBytes(), name);
    }

    private static Contents read(byte[] bytes, String file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < MAGIC.length + 16 || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new IOException(file + ": not a DIM model file");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        if (b.getLong(bytes.length - 8) != crc.getValue()) {
            throw new IOException(file + ": model file is damaged (checksum mismatch)");
        }
        b.position(MAGIC.length);
        int version = b.getInt();
        if (version > VERSION) {
            throw new IOException(file + ": model format version " + version + " is newer than this reader's ("
                    + VERSION + ")");
        }
        byte[] headerBytes = new byte[b.getInt()];
        b.get(headerBytes);
        ObjectMapper json = new ObjectMapper();
        JsonNode header = json.readTree(headerBytes);
        DimConfig config = configFromJson(header.get("architecture"));
        Map<String, float[]> parameters = new LinkedHashMap<>();
        for (JsonNode p : header.get("parameters")) {
            long n = 1;
            for (JsonNode s : p.get("shape")) {
                n *= s.asLong();
            }
            float[] v = new float[(int) n];
            for (int i = 0; i < v.length; i++) {
                v[i] = b.getFloat();
            }
            parameters.put(p.get("name").asText(), v);
        }
        List<HistoryRow> history = new ArrayList<>();
        for (JsonNode r : header.get("history")) {
            history.add(new HistoryRow(r.get("epoch").asInt(), r.get("split").asText(), new Losses(
                    r.get("local_dim").asDouble(), r.get("local_kl").asDouble(), r.get("global_dim").asDouble(),
                    r.get("global_kl").asDouble())));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> featurization = json.convertValue(header.get("featurization"), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> training = json.convertValue(header.get("training"), Map.class);
        return new Contents(config, featurization, training, history, parameters);
    }

    /** Rebuilds the model of a file with its trained parameters. */
    public static Nd4jDimModel load(Contents contents) {
        Nd4jDimModel model = new Nd4jDimModel(contents.config(), 0);
        model.setParameters(contents.parameters());
        return model;
    }

    static Map<String, Object> configToMap(DimConfig c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site_dim", c.siteDim());
        m.put("interaction_dim", c.interactionDim());
        m.put("attention_hidden", c.attentionHidden());
        m.put("local_dim", c.localDim());
        m.put("global_dim", c.globalDim());
        m.put("dot_hidden", c.dotHidden());
        m.put("dot_space", c.dotSpace());
        m.put("pre_pool_dim", c.prePoolDim());
        m.put("local_activation", c.localActivation().name());
        m.put("global_activation", c.globalActivation().name());
        m.put("dim_weight", c.dimWeight());
        m.put("kl_weight", c.klWeight());
        m.put("learning_rate", c.learningRate());
        m.put("weight_decay", c.weightDecay());
        m.put("false_samples", c.falseSamples().stream().map(Enum::name).sorted().toList());
        return m;
    }

    private static DimConfig configFromJson(JsonNode a) {
        EnumSet<FalseSampleKind> kinds = EnumSet.noneOf(FalseSampleKind.class);
        for (JsonNode k : a.get("false_samples")) {
            kinds.add(FalseSampleKind.valueOf(k.asText()));
        }
        return new DimConfig(a.get("site_dim").asInt(), a.get("interaction_dim").asInt(),
                a.get("attention_hidden").asInt(), a.get("local_dim").asInt(), a.get("global_dim").asInt(),
                a.get("dot_hidden").asInt(), a.get("dot_space").asInt(), a.get("pre_pool_dim").asInt(),
                DimConfig.Activation.valueOf(a.get("local_activation").asText()),
                DimConfig.Activation.valueOf(a.get("global_activation").asText()), a.get("dim_weight").asDouble(),
                a.get("kl_weight").asDouble(), a.get("learning_rate").asDouble(), a.get("weight_decay").asDouble(),
                kinds);
    }
}
