package org.example.dim.engine.dim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.example.dim.engine.falsesample.FalseSampleKind;

/**
 * A trained model on disk ({@code .dim}): what it is, how it was made, and its parameters. No Java
 * serialisation; loads on any backend.
 *
 * <h2>Format, version 1</h2>
 * A {@link TensorFile} with magic "DIMMODEL" whose header is {"architecture": {...DimConfig},
 * "featurization": {...}, "training": {...settings, seeds, result}, "history": [...]} and whose arrays are
 * the model's parameters.
 */
public final class DimModelFile {

    static final TensorFile FORMAT = new TensorFile("DIMMODEL", 1, "DIM model file");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DimModelFile() {
    }

    /** Where the training facts of a fine-tuned model keep its label and scaling. */
    public static final String FINE_TUNING = "fine_tuning";

    /** A model file's contents: the model's description and its parameters. */
    public record Contents(DimConfig config, Map<String, Object> featurization, Map<String, Object> training,
            List<HistoryRow> history, Map<String, float[]> parameters) {

        /** The label a fine-tuned model predicts; empty for a self-supervised model. */
        public Optional<String> fineTunedLabel() {
            return fineTuning().map(f -> String.valueOf(f.get("label")));
        }

        @SuppressWarnings("unchecked")
        private Optional<Map<String, Object>> fineTuning() {
            return Optional.ofNullable((Map<String, Object>) training.get(FINE_TUNING));
        }
    }

    public static void save(Path file, DimModel model, Map<String, Object> featurization, Map<String, Object> training,
            List<HistoryRow> history) throws IOException {
        FORMAT.write(file, header(model.config(), featurization, training, history), model.parameters(),
                model.parameterShapes());
    }

    /** The file's bytes, for a model kept inside something else (a KNIME port, a zip entry). */
    public static byte[] toBytes(DimModel model, Map<String, Object> featurization, Map<String, Object> training,
            List<HistoryRow> history) throws IOException {
        return FORMAT.toBytes(header(model.config(), featurization, training, history), model.parameters(),
                model.parameterShapes());
    }

    /**
     * The bytes of a fine-tuned model: {@code model} (whose encoder should be the fine-tuned one, see
     * {@link SiteNetRegressor#copyEncoderTo}) with the regressor's head, and its label and scaling recorded
     * under {@value #FINE_TUNING} in the training facts. It embeds as a DIM model and predicts the label.
     */
    public static byte[] toBytes(DimModel model, SiteNetRegressor fineTuned, String label,
            Map<String, Object> featurization, Map<String, Object> training, List<HistoryRow> history)
            throws IOException {
        Map<String, Object> facts = new LinkedHashMap<>(training);
        Map<String, Object> scaling = new LinkedHashMap<>();
        scaling.put("label", label);
        scaling.put("label_mean", fineTuned.labelMean());
        scaling.put("label_scale", fineTuned.labelScale());
        facts.put(FINE_TUNING, scaling);
        Map<String, float[]> values = new LinkedHashMap<>(model.parameters());
        values.putAll(fineTuned.headParameters());
        Map<String, long[]> shapes = new LinkedHashMap<>(model.parameterShapes());
        shapes.putAll(fineTuned.headShapes());
        return FORMAT.toBytes(header(model.config(), featurization, facts, history), values, shapes);
    }

    /** Writes the model file to a stream (the bytes {@link #save} puts in a file), for hosts that keep no files. */
    public static void write(OutputStream out, DimModel model, Map<String, Object> featurization,
            Map<String, Object> training, List<HistoryRow> history) throws IOException {
        out.write(toBytes(model, featurization, training, history));
    }

    /** Reads a model file from a stream, to its end; {@code name} says where it came from in errors. */
    public static Contents read(InputStream in, String name) throws IOException {
        return fromBytes(in.readAllBytes(), name);
    }

    public static Contents read(Path file) throws IOException {
        return contents(FORMAT.read(file), file.toString());
    }

    /** @param name where the bytes came from, for error messages */
    public static Contents fromBytes(byte[] bytes, String name) throws IOException {
        return contents(FORMAT.fromBytes(bytes, name), name);
    }

    static ObjectNode header(DimConfig config, Map<String, Object> featurization, Map<String, Object> training,
            List<HistoryRow> history) {
        ObjectNode header = JSON.createObjectNode();
        header.set("architecture", JSON.valueToTree(config.toMap()));
        header.set("featurization", JSON.valueToTree(featurization));
        header.set("training", JSON.valueToTree(training));
        ArrayNode rows = header.putArray("history");
        for (HistoryRow r : history) {
            ObjectNode o = rows.addObject();
            o.put("epoch", r.epoch()).put("split", r.split()).put("local_dim", r.losses().localDim())
                    .put("local_kl", r.losses().localKl()).put("global_dim", r.losses().globalDim())
                    .put("global_kl", r.losses().globalKl());
        }
        return header;
    }

    static Contents contents(TensorFile.Contents file, String name) throws IOException {
        JsonNode header = file.header();
        DimConfig config = configFromJson(TensorFile.required(header, "architecture", name), name);
        List<HistoryRow> history = new ArrayList<>();
        for (JsonNode r : TensorFile.required(header, "history", name)) {
            history.add(new HistoryRow(r.path("epoch").asInt(), r.path("split").asText(), new Losses(
                    r.path("local_dim").asDouble(), r.path("local_kl").asDouble(), r.path("global_dim").asDouble(),
                    r.path("global_kl").asDouble())));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> featurization = JSON.convertValue(TensorFile.required(header, "featurization", name),
                Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> training = JSON.convertValue(TensorFile.required(header, "training", name), Map.class);
        return new Contents(config, featurization, training, history, file.arrays());
    }

    /** Rebuilds the model of a file with its trained parameters. */
    public static Nd4jDimModel load(Contents contents) {
        Nd4jDimModel model = new Nd4jDimModel(contents.config(), 0);
        Map<String, float[]> dim = new LinkedHashMap<>(contents.parameters());
        dim.keySet().removeIf(name -> name.startsWith(RegressionHead.PREFIX));
        model.setParameters(dim);
        return model;
    }

    /**
     * The fine-tuned regressor of a file written by the fine-tuning {@code toBytes}.
     *
     * @throws IllegalArgumentException when the model was not fine-tuned
     */
    public static SiteNetRegressor loadRegressor(Contents contents) {
        Map<String, Object> f = contents.fineTuning().orElseThrow(() -> new IllegalArgumentException(
                "the model was trained without labels: it embeds, it does not predict"));
        SiteNetRegressor model = new SiteNetRegressor(contents.config(), 0);
        model.restore(contents.parameters(), ((Number) f.get("label_mean")).doubleValue(),
                ((Number) f.get("label_scale")).doubleValue());
        return model;
    }

    private static DimConfig configFromJson(JsonNode a, String name) throws IOException {
        try {
            EnumSet<FalseSampleKind> kinds = EnumSet.noneOf(FalseSampleKind.class);
            for (JsonNode k : TensorFile.required(a, "false_samples", name)) {
                kinds.add(FalseSampleKind.valueOf(k.asText()));
            }
            return new DimConfig(size(a, "site_dim", name), size(a, "interaction_dim", name),
                    size(a, "attention_hidden", name), size(a, "local_dim", name), size(a, "global_dim", name),
                    size(a, "dot_hidden", name), size(a, "dot_space", name), size(a, "pre_pool_dim", name),
                    DimConfig.Activation.valueOf(TensorFile.required(a, "local_activation", name).asText()),
                    DimConfig.Activation.valueOf(TensorFile.required(a, "global_activation", name).asText()),
                    TensorFile.required(a, "dim_weight", name).asDouble(),
                    TensorFile.required(a, "kl_weight", name).asDouble(),
                    TensorFile.required(a, "learning_rate", name).asDouble(),
                    TensorFile.required(a, "weight_decay", name).asDouble(), kinds);
        } catch (IllegalArgumentException e) {
            throw new IOException(name + ": the model's architecture is not one this version knows (" + e.getMessage()
                    + ")", e);
        }
    }

    private static int size(JsonNode a, String field, String name) throws IOException {
        return TensorFile.required(a, field, name).asInt();
    }
}
