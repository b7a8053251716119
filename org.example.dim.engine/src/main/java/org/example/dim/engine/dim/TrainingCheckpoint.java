package org.example.dim.engine.dim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A DIM training run saved after an epoch ({@code .dimckpt}): the model file's header and parameters,
 * plus the optimiser's moments, the run's settings and where it stands, so that
 * {@link DimTrainer#resume} continues it exactly.
 */
final class TrainingCheckpoint {

    private static final TensorFile FORMAT = new TensorFile("DIMCKPT1", 1, "DIM training checkpoint");
    private static final String OPTIMISER = "optimiser:";
    private static final String BEST = "best:";

    private final DimModelFile.Contents model;
    private final JsonNode run;
    private final OptimiserState optimiser;
    private final TrainingState state;
    private final String name;

    private TrainingCheckpoint(DimModelFile.Contents model, JsonNode run, OptimiserState optimiser,
            TrainingState state, String name) {
        this.model = model;
        this.run = run;
        this.optimiser = optimiser;
        this.state = state;
        this.name = name;
    }

    static void write(Path file, DimModel model, TrainingSettings settings, long crystals, TrainingState state)
            throws IOException {
        ObjectNode header = DimModelFile.header(model.config(), Map.of(), Map.of(), state.history);
        OptimiserState o = model.optimiserState();
        header.putObject("run").put("epoch", state.epoch).put("validated", state.validated).put("best", state.best)
                .put("best_epoch", state.bestEpoch).put("skipped", state.skipped).put("optimiser_steps", o.steps())
                .put("crystals", crystals).put("batch_sites", settings.batchSites())
                .put("validation_fraction", settings.validationFraction()).put("patience", settings.patience())
                .put("seed", settings.seed());
        Map<String, float[]> arrays = new LinkedHashMap<>(model.parameters());
        Map<String, long[]> shapes = new LinkedHashMap<>(model.parameterShapes());
        o.moments().forEach((k, v) -> {
            arrays.put(OPTIMISER + k, v);
            shapes.put(OPTIMISER + k, new long[] {v.length});
        });
        if (state.bestParameters != null) {
            state.bestParameters.forEach((k, v) -> {
                arrays.put(BEST + k, v);
                shapes.put(BEST + k, new long[] {v.length});
            });
        }
        try {
            FORMAT.write(file, header, arrays, shapes);
        } catch (IOException e) {
            throw new IOException("cannot write the training checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    static TrainingCheckpoint read(Path file) throws IOException {
        TensorFile.Contents c = FORMAT.read(file);
        String name = file.toString();
        Map<String, float[]> parameters = new LinkedHashMap<>();
        Map<String, float[]> moments = new LinkedHashMap<>();
        Map<String, float[]> best = new LinkedHashMap<>();
        c.arrays().forEach((k, v) -> {
            if (k.startsWith(OPTIMISER)) {
                moments.put(k.substring(OPTIMISER.length()), v);
            } else if (k.startsWith(BEST)) {
                best.put(k.substring(BEST.length()), v);
            } else {
                parameters.put(k, v);
            }
        });
        DimModelFile.Contents model = DimModelFile.contents(new TensorFile.Contents(c.header(), parameters), name);
        JsonNode run = TensorFile.required(c.header(), "run", name);
        TrainingState state = new TrainingState();
        state.epoch = TensorFile.required(run, "epoch", name).asInt();
        state.validated = TensorFile.required(run, "validated", name).asBoolean();
        state.best = run.path("best").asDouble(Double.NaN);
        state.bestEpoch = TensorFile.required(run, "best_epoch", name).asInt();
        state.skipped = TensorFile.required(run, "skipped", name).asInt();
        state.history.addAll(model.history());
        state.bestParameters = best.isEmpty() ? null : best;
        OptimiserState optimiser = new OptimiserState(TensorFile.required(run, "optimiser_steps", name).asLong(),
                moments);
        return new TrainingCheckpoint(model, run, optimiser, state, name);
    }

    /** @throws IllegalArgumentException when this checkpoint is of another architecture, dataset or settings */
    void requireSameRun(DimConfig config, TrainingSettings settings, long crystals) {
        require(model.config().equals(config), "the model's architecture or false samples differ");
        require(run.path("crystals").asLong() == crystals, "the crystals differ");
        require(run.path("batch_sites").asInt() == settings.batchSites()
                && run.path("validation_fraction").asDouble() == settings.validationFraction()
                && run.path("patience").asInt() == settings.patience() && run.path("seed").asLong() == settings.seed(),
                "the batch size, validation share, patience or seed differ");
    }

    private void require(boolean same, String what) {
        if (!same) {
            throw new IllegalArgumentException(name + " is a checkpoint of another run: " + what);
        }
    }

    Map<String, float[]> parameters() {
        return model.parameters();
    }

    OptimiserState optimiser() {
        return optimiser;
    }

    TrainingState state() {
        return state;
    }
}
