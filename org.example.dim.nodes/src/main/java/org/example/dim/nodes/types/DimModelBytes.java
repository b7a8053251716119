package org.example.dim.nodes.types;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.example.dim.engine.dim.DimModel;
import org.example.dim.engine.dim.DimModelFile;
import org.example.dim.engine.dim.HistoryRow;

/**
 * A model file of the engine ({@code .dim}) held as bytes, as the model port stores it. The engine reads and writes
 * model files by path only, so the bytes pass through a temporary file that is always deleted.
 */
public final class DimModelBytes {

    private DimModelBytes() {
    }

    /** The model file of a model, as bytes. */
    public static byte[] of(final DimModel model, final Map<String, Object> featurization,
        final Map<String, Object> training, final List<HistoryRow> history) throws IOException {
        Path tmp = Files.createTempFile("dim-model", ".dim");
        try {
            DimModelFile.save(tmp, model, featurization, training, history);
            return Files.readAllBytes(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads model file bytes; a damaged file gives the engine's clear error (bad magic, checksum, version). */
    public static DimModelFile.Contents read(final byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile("dim-model", ".dim");
        try {
            Files.write(tmp, bytes);
            return DimModelFile.read(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
