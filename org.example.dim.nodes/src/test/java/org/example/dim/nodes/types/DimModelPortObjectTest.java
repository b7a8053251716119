package org.example.dim.nodes.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.example.dim.nodes.Fixtures;
import org.junit.jupiter.api.Test;
import org.knime.core.node.port.PortObjectStore;

/** The model port as a saved workflow holds it: bytes only on load, parsed on use, damage reported clearly. */
class DimModelPortObjectTest {

    @Test
    void survivesSaveAndLoad() throws Exception {
        DimModelPortObject model = (DimModelPortObject)Fixtures.trained()[0];
        DimModelPortObject loaded = PortObjectStore.load(PortObjectStore.save(model), new DimModelPortObject(),
            model.getSpec());
        assertEquals(model.getContents().config(), loaded.getContents().config());
        assertEquals(model.getSummary(), loaded.getSummary());
    }

    @Test
    void loadingReadsBytesOnlyAndDamageShowsOnUse() throws Exception {
        byte[] saved = zip(DimModelPortObject.ENTRY, "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA".getBytes());
        DimModelPortObject loaded = PortObjectStore.load(saved, new DimModelPortObject(),
            new DimModelPortObjectSpec(64, 32, "x"));
        IOException e = assertThrows(IOException.class, loaded::getContents);
        assertTrue(e.getMessage().contains("not a DIM model file"), e.getMessage());
    }

    @Test
    void anUnexpectedEntryIsRefused() throws Exception {
        IOException e = assertThrows(IOException.class, () -> PortObjectStore.load(zip("../../evil", new byte[1]),
            new DimModelPortObject(), new DimModelPortObjectSpec(64, 32, "x")));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    private static byte[] zip(final String entry, final byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
