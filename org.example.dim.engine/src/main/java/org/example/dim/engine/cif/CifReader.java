package org.example.dim.engine.cif;

import java.util.ArrayList;
import java.util.List;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.io.CifSource;

/**
 * Reads CIF text into one {@link CrystalRecord} per data block. Never throws for bad input: a block
 * that cannot be parsed or turned into a structure is a record with its error, and the other
 * blocks of the file are read all the same. Thread-safe; one instance can serve many threads.
 */
public final class CifReader {

    private final CifReadOptions options;

    public CifReader() {
        this(CifReadOptions.DEFAULTS);
    }

    public CifReader(CifReadOptions options) {
        this.options = options;
    }

    public CifReadOptions options() {
        return options;
    }

    /**
     * Reads every block of {@code text}.
     *
     * @param source names the file in records and messages
     */
    public List<CrystalRecord> read(String source, String text) {
        List<CifSyntaxParser.ParsedBlock> blocks = CifSyntaxParser.parse(text, source);
        List<CrystalRecord> out = new ArrayList<>(blocks.size());
        for (CifSyntaxParser.ParsedBlock b : blocks) {
            out.add(b.ok()
                    ? CifStructureBuilder.build(options, source, b.block())
                    : CrystalRecord.failed(source, b.name(), List.of(), b.error().getMessage()));
        }
        if (out.isEmpty()) {
            out.add(CrystalRecord.failed(source, "", List.of(), source + ": no data_ block found"));
        }
        return out;
    }

    /**
     * Reads a source. A source with a name of its own (a JSON-lines record's {@code material_id})
     * names its rows: the name alone for one block, {@code name/block} for several.
     */
    public List<CrystalRecord> read(CifSource s) {
        if (!s.ok()) {
            return List.of(CrystalRecord.failed(s.source(), s.blockName() == null ? "" : s.blockName(), List.of(),
                    s.source() + ": " + s.error()));
        }
        List<CrystalRecord> records = read(s.source(), s.text());
        if (s.blockName() == null) {
            return records;
        }
        List<CrystalRecord> renamed = new ArrayList<>(records.size());
        for (CrystalRecord r : records) {
            String block = records.size() == 1 ? s.blockName() : s.blockName() + "/" + r.block();
            renamed.add(new CrystalRecord(r.source(), block, r.structure(), r.spaceGroupSymbol(), r.spaceGroupNumber(),
                    r.warnings(), r.error()));
        }
        return renamed;
    }
}
