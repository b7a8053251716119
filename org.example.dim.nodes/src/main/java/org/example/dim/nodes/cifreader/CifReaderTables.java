package org.example.dim.nodes.cifreader;

import java.util.ArrayList;
import java.util.List;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.crystal.Structure;
import org.example.dim.nodes.types.CrystalCell;
import org.example.dim.nodes.util.Columns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;

/**
 * The two output tables of the CIF Reader: read blocks (a crystal cell and its summary, as {@code dim read}
 * prints it) and failed blocks with the reason. Rows are numbered per table.
 */
final class CifReaderTables {

    private static final DataType S = StringCell.TYPE;
    private static final DataType D = DoubleCell.TYPE;
    private static final DataType I = IntCell.TYPE;

    static final DataTableSpec CRYSTALS = Columns.spec(
        new String[] {"source", "block", "crystal", "formula", "reduced_formula", "n_sites", "a", "b", "c", "alpha",
            "beta", "gamma", "volume", "density", "space_group", "space_group_number", "warnings"},
        new DataType[] {S, S, CrystalCell.TYPE, S, S, I, D, D, D, D, D, D, D, D, S, I, S});

    static final DataTableSpec FAILED = Columns.spec(new String[] {"source", "block", "error", "warnings"},
        new DataType[] {S, S, S, S});

    private long crystals;

    private long failed;

    /** The row of one record, for the crystal table when it was read, else for the failed table. */
    DataRow row(final CrystalRecord r) {
        if (!r.ok()) {
            return new DefaultRow(RowKey.createRowKey(failed++), new StringCell(r.source()), new StringCell(r.block()),
                new StringCell(r.error()), new StringCell(String.join("; ", r.warnings())));
        }
        Structure s = r.structure();
        Lattice l = s.lattice();
        List<DataCell> cells = new ArrayList<>(List.of(new StringCell(r.source()), new StringCell(r.block()),
            new CrystalCell(r), new StringCell(s.composition().formula()),
            new StringCell(s.composition().reducedFormula()), new IntCell(s.size())));
        for (double x : new double[] {l.a(), l.b(), l.c(), l.alpha(), l.beta(), l.gamma(), l.volume(), s.density()}) {
            cells.add(new DoubleCell(x));
        }
        cells.add(new StringCell(r.spaceGroupSymbol()));
        cells.add(new IntCell(r.spaceGroupNumber()));
        cells.add(new StringCell(String.join("; ", r.warnings())));
        return new DefaultRow(RowKey.createRowKey(crystals++), cells);
    }

    long crystalCount() {
        return crystals;
    }

    long failedCount() {
        return failed;
    }
}
