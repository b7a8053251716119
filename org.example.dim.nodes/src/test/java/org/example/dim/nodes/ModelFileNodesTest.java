package org.example.dim.nodes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.example.dim.nodes.types.DimModelPortObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDriver;

/** DIM Model Writer and Reader through the harness: knime:// URLs, overwrite guard, damaged files. */
class ModelFileNodesTest {

    private static final String URL = "knime://knime.workflow/model.dim";

    @TempDir
    Path workflow;

    private static byte[] bytes(final DimModelPortObject model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void writesAndReadsBackTheSameModel() throws Exception {
        KnimeProtocol.useWorkflow(workflow);
        DimModelPortObject model = (DimModelPortObject)Fixtures.trained()[0];
        NodeHarness.Monitor progress = new NodeHarness.Monitor(-1);
        Fixtures.node("DimModelWriterNodeFactory").set("file", URL).execute(progress, model);
        assertArrayEquals(bytes(model), Files.readAllBytes(workflow.resolve("model.dim")));
        assertEquals(1.0, progress.progress.get(progress.progress.size() - 1));

        NodeDriver reader = Fixtures.node("DimModelReaderNodeFactory").set("file", URL);
        var spec = (org.example.dim.nodes.types.DimModelPortObjectSpec)reader.configure()[0];
        assertEquals(model.getSpec().getGlobalDim(), spec.getGlobalDim());
        DimModelPortObject read = (DimModelPortObject)reader.execute(new NodeHarness.Monitor(-1))[0];
        assertArrayEquals(bytes(model), bytes(read));
        assertEquals(model.getContents().parameters().keySet(), read.getContents().parameters().keySet());
    }

    @Test
    void readingStopsWhenCancelled() throws Exception {
        KnimeProtocol.useWorkflow(workflow);
        Files.write(workflow.resolve("model.dim"), bytes((DimModelPortObject)Fixtures.trained()[0]));
        NodeDriver reader = Fixtures.node("DimModelReaderNodeFactory").set("file", URL);
        assertThrows(CanceledExecutionException.class, () -> reader.execute(new NodeHarness.Monitor(0)));
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAsked() throws Exception {
        KnimeProtocol.useWorkflow(workflow);
        Files.writeString(workflow.resolve("model.dim"), "older");
        NodeDriver writer = Fixtures.node("DimModelWriterNodeFactory").set("file", URL);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> writer.configure(Fixtures.trained()[0].getSpec()));
        assertTrue(e.getMessage().contains("Overwrite"), e.getMessage());
        writer.set("overwrite", true).execute(new NodeHarness.Monitor(-1), Fixtures.trained()[0]);
        assertTrue(writer.warning().contains("overwritten"), writer.warning());
        assertTrue(Files.size(workflow.resolve("model.dim")) > 1000);
    }

    @Test
    void damagedMissingAndForeignFilesAreClearErrors() throws Exception {
        KnimeProtocol.useWorkflow(workflow);
        NodeDriver reader = Fixtures.node("DimModelReaderNodeFactory").set("file", URL);
        assertMessage(reader, "does not exist");
        Files.writeString(workflow.resolve("model.dim"), "name,formula\nx,NaCl\n");
        assertMessage(reader, "not a DIM model file");
        byte[] good = bytes((DimModelPortObject)Fixtures.trained()[0]);
        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x10;
        Files.write(workflow.resolve("model.dim"), flipped);
        assertMessage(reader, "damaged");
        Files.write(workflow.resolve("model.dim"), java.util.Arrays.copyOf(good, good.length / 3));
        assertMessage(reader, "damaged");
        reader.set("file", "");
        assertMessage(reader, "'file'");
    }

    private static void assertMessage(final NodeDriver reader, final String expected) {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, reader::configure);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
