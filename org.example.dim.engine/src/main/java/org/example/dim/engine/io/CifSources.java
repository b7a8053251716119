package org.example.dim.engine.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/**
 * Enumerates the CIF texts behind command-line style inputs: CIF files ({@code .cif}, {@code .cif.gz}),
 * folders (searched recursively, in name order), and JSON-lines files ({@code .jsonl}, {@code .jsonl.gz})
 * whose objects carry the CIF in a {@code cif} field, and CSV files with a {@code cif} column (given by
 * name; folders are searched for CIF and JSON-lines files only, so a labels CSV next to CIFs is not read
 * as one). JSON-lines and CSV files are streamed, so inputs larger
 * than memory are fine. Problems with one input (unreadable file, bad JSON line) become failed
 * sources, never exceptions.
 */
public final class CifSources {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CifSources() {
    }

    /** The sources behind the given paths, in order. Missing paths are failed sources. */
    public static Stream<CifSource> open(List<Path> inputs) {
        return inputs.stream().flatMap(CifSources::openOne);
    }

    private static Stream<CifSource> openOne(Path input) {
        if (Files.isDirectory(input)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile).filter(CifSources::isKnownInput).sorted().forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                return Stream.of(CifSource.failed(input.toString(), null, "cannot list folder: " + e.getMessage()));
            }
            return files.stream().flatMap(CifSources::openOne);
        }
        if (!Files.isRegularFile(input)) {
            return Stream.of(CifSource.failed(input.toString(), null, "no such file or folder"));
        }
        if (CsvCifTable.isCsv(input)) {
            return CsvCifTable.open(input);
        }
        return isJsonLines(input) ? jsonLines(input) : Stream.of(cifFile(input));
    }

    static boolean isKnownInput(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".cif") || n.endsWith(".cif.gz") || isJsonLines(p);
    }

    private static boolean isJsonLines(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".jsonl.gz");
    }

    private static CifSource cifFile(Path file) {
        try (InputStream in = open(file)) {
            return CifSource.ofText(file.toString(), decode(in.readAllBytes()));
        } catch (IOException e) {
            return CifSource.failed(file.toString(), null, "cannot read file: " + e.getMessage());
        }
    }

    static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** UTF-8 when the bytes are valid UTF-8, else ISO-8859-1 (older CIFs); CIF syntax itself is ASCII. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static Stream<CifSource> jsonLines(Path file) {
        BufferedReader reader;
        try {
            reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            return Stream.of(CifSource.failed(file.toString(), null, "cannot read file: " + e.getMessage()));
        }
        Iterator<CifSource> it = new JsonLinesIterator(file.toString(), reader);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Turns one JSON-lines record into a source; {@code where} is {@code file:line}. */
    static CifSource fromJson(String where, int lineNumber, String line) {
        String fallbackName = "line " + lineNumber;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return CifSource.failed(where, fallbackName, "not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return CifSource.failed(where, fallbackName, "not a JSON object");
        }
        JsonNode id = node.get("material_id");
        String name = id != null && id.isValueNode() && !id.asText().isEmpty() ? id.asText() : fallbackName;
        JsonNode cif = node.get("cif");
        if (cif == null || !cif.isTextual()) {
            return CifSource.failed(where, name, "record has no text field 'cif'");
        }
        Map<String, Double> properties = new LinkedHashMap<>();
        node.fields().forEachRemaining(f -> {
            if (f.getValue().isNumber()) {
                properties.put(f.getKey(), f.getValue().asDouble());
            }
        });
        return new CifSource(where, name, cif.asText(), properties, null);
    }

    private static final class JsonLinesIterator implements Iterator<CifSource> {
        private final String file;
        private final BufferedReader reader;
        private int lineNumber;
        private CifSource next;
        private boolean done;

        JsonLinesIterator(String file, BufferedReader reader) {
            this.file = file;
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (done) {
                return false;
            }
            try {
                String line;
                do {
                    line = reader.readLine();
                    if (line == null) {
                        done = true;
                        return false;
                    }
                    lineNumber++;
                } while (line.isBlank());
                next = fromJson(file + ":" + lineNumber, lineNumber, line);
            } catch (IOException e) {
                // A truncated or corrupt file ends the stream with one failed source saying why.
                next = CifSource.failed(file + ":" + (lineNumber + 1), null, "cannot read file: " + e.getMessage());
                done = true;
            }
            return true;
        }

        @Override
        public CifSource next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CifSource s = next;
            next = null;
            return s;
        }
    }
}
