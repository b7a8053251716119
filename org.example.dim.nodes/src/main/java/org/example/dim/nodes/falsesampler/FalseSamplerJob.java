package org.example.dim.nodes.falsesampler;

import java.util.List;
import java.util.function.Consumer;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.falsesample.FalseSampleGenerator;
import org.example.dim.engine.falsesample.GeneratedSample;
import org.example.dim.engine.falsesample.GeneratorOptions;
import org.example.dim.nodes.types.CrystalCell;
import org.example.dim.nodes.types.CrystalValue;
import org.example.dim.nodes.util.Columns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;

/**
 * One execution of the False Sampler: the engine's generated false (and adjunctive true) samples of every input
 * crystal, one row each. Input row i is generated with seed + i, so rows differ and the table is reproducible.
 */
final class FalseSamplerJob {

    static final DataTableSpec SPEC = Columns.spec(
        new String[] {GeneratedSampleTable.SOURCE_ROW, "source", "kind", GeneratedSampleTable.TRUE_SAMPLE, "description",
            GeneratedSampleTable.CRYSTAL},
        new DataType[] {StringCell.TYPE, StringCell.TYPE, StringCell.TYPE, BooleanCell.TYPE, StringCell.TYPE,
            CrystalCell.TYPE});

    private final FalseSampleGenerator generator;

    private final long seed;

    /** The crystal column. */
    private final int column;

    private long rowsIn;

    private long rowsOut;

    private long skipped;

    private String firstProblem;

    FalseSamplerJob(final GeneratorOptions options, final long seed, final int column) {
        this.generator = new FalseSampleGenerator(options);
        this.seed = seed;
        this.column = column;
    }

    /** The samples of a chunk of crystals; the n-th input row of the run is sampled with seed + n. */
    void apply(final List<DataRow> rows, final Consumer<DataRow> out) {
        for (DataRow row : rows) {
            DataCell cell = row.getCell(column);
            if (cell.isMissing()) {
                skip(Columns.name(row.getKey()) + ": missing crystal");
            } else {
                generate(row.getKey(), ((CrystalValue)cell).getCrystal(), seed + rowsIn, out);
            }
            rowsIn++;
        }
    }

    private void generate(final RowKey key, final CrystalRecord crystal, final long rowSeed,
        final Consumer<DataRow> out) {
        String name = crystal.block().isEmpty() ? crystal.source() : crystal.block();
        try {
            for (GeneratedSample s : generator.generate(name, crystal.structure(), rowSeed)) {
                CrystalRecord made = new CrystalRecord(crystal.source(), name + " / " + s.kind(), s.structure(), "", 0,
                    List.of(), null);
                out.accept(new DefaultRow(RowKey.createRowKey(rowsOut++), new StringCell(key.getString()),
                    new StringCell(s.source()), new StringCell(s.kind()),
                    s.isTrueSample() ? BooleanCell.TRUE : BooleanCell.FALSE, new StringCell(s.description()),
                    new CrystalCell(made)));
            }
        } catch (IllegalArgumentException e) {
            skip(Columns.name(key) + ": " + e.getMessage());
        }
    }

    private void skip(final String why) {
        skipped++;
        if (firstProblem == null) {
            firstProblem = why;
        }
    }

    /** A warning for the node, or null when every crystal was sampled. */
    String warning() {
        return skipped == 0 ? null
            : skipped + " crystal(s) gave no samples; the first: " + firstProblem;
    }
}
