package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model files from elsewhere are untrusted: each kind of damage gives an error that says what is wrong. */
class DimModelFileTest {

    @TempDir
    Path dir;

    @Test
    void bytesRoundTripKeepEverything() throws IOException {
        try (Nd4jDimModel model = new Nd4jDimModel(DimConfig.paperDefaults(), 4)) {
            List<HistoryRow> history = List.of(new HistoryRow(0, HistoryRow.TRAIN, new Losses(7.1, 0.5, 1.4, 0.3)));
            byte[] bytes = DimModelFile.toBytes(model, Map.of("supercell_size", 50), Map.of("seed", 4), history);
            DimModelFile.Contents c = DimModelFile.fromBytes(bytes, "port");
            assertEquals(DimConfig.paperDefaults(), c.config());
            assertEquals(history, c.history());
            assertEquals(50, c.featurization().get("supercell_size"));
            assertEquals(model.parameters().keySet(), c.parameters().keySet());
            model.parameters().forEach((name, v) -> assertArrayEquals(v, c.parameters().get(name), name));
        }
    }

    @Test
    void aForeignFileIsNamedAsSuch() throws IOException {
        Path cif = Files.writeString(dir.resolve("x.dim"), "data_NaCl\n_cell_length_a 5.64\n");
        IOException e = assertThrows(IOException.class, () -> DimModelFile.read(cif));
        assertTrue(e.getMessage().contains("x.dim: not a DIM model file"), e.getMessage());
    }

    @Test
    void aFlippedByteFailsTheChecksum() throws IOException {
        try (Nd4jDimModel model = new Nd4jDimModel(DimConfig.paperDefaults(), 4)) {
            byte[] bytes = DimModelFile.toBytes(model, Map.of(), Map.of(), List.of());
            bytes[bytes.length / 2] ^= 1;
            IOException e = assertThrows(IOException.class, () -> DimModelFile.fromBytes(bytes, "m.dim"));
            assertTrue(e.getMessage().contains("damaged (checksum mismatch)"), e.getMessage());
            byte[] cut = java.util.Arrays.copyOf(DimModelFile.toBytes(model, Map.of(), Map.of(), List.of()), 5000);
            assertThrows(IOException.class, () -> DimModelFile.fromBytes(cut, "m.dim"));
        }
    }

    @Test
    void aWellFormedFileWithoutAnArchitectureIsRefusedByName() throws IOException {
        ObjectNode header = new ObjectMapper().createObjectNode();
        header.putArray("history");
        byte[] bytes = DimModelFile.FORMAT.toBytes(header, Map.of(), Map.of());
        IOException e = assertThrows(IOException.class, () -> DimModelFile.fromBytes(bytes, "m.dim"));
        assertEquals("m.dim: field 'architecture' is missing", e.getMessage());
    }

    @Test
    void aLengthThatLiesIsMalformedNotACrash() throws IOException {
        // A valid checksum over a header that promises more floats than the file has.
        byte[] json = "{\"parameters\":[{\"name\":\"w\",\"shape\":[1000]}]}".getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + 8 + json.length + 16 + 8).order(ByteOrder.LITTLE_ENDIAN);
        b.put("DIMMODEL".getBytes(StandardCharsets.US_ASCII)).putInt(1).putInt(json.length).put(json).putLong(0)
                .putLong(0);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 0, b.position());
        b.putLong(crc.getValue());
        IOException e = assertThrows(IOException.class, () -> DimModelFile.fromBytes(b.array(), "m.dim"));
        assertTrue(e.getMessage().startsWith("m.dim: DIM model file is malformed"), e.getMessage());
    }

    @Test
    void aNewerFormatSaysSo() throws IOException {
        byte[] bytes = new TensorFile("DIMMODEL", 9, "DIM model file").toBytes(new ObjectMapper().createObjectNode(),
                Map.of(), Map.of());
        IOException e = assertThrows(IOException.class, () -> DimModelFile.fromBytes(bytes, "m.dim"));
        assertTrue(e.getMessage().contains("format version 9 is newer"), e.getMessage());
    }
}
