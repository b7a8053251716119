package org.example.dim.nodes.supercell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.FeaturizedCrystal;
import org.example.dim.engine.sitenet.SiteNetFeaturizer;
import org.example.dim.engine.sitenet.Supercell;
import org.example.dim.nodes.types.CrystalValue;
import org.example.dim.nodes.types.SupercellCell;
import org.example.dim.nodes.util.Columns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;

/** One execution of the Supercell Builder: each input row gets its supercell and what was achieved. */
final class SupercellBuilderJob {

    static final DataTableSpec APPENDED = Columns.spec(
        new String[] {"supercell", "n_primitive", "na", "nb", "nc", "n_supercell", "status", "error"},
        new DataType[] {SupercellCell.TYPE, IntCell.TYPE, IntCell.TYPE, IntCell.TYPE, IntCell.TYPE, IntCell.TYPE,
            StringCell.TYPE, StringCell.TYPE});

    private final SiteNetFeaturizer featurizer;

    private final FeaturizationSettings settings;

    private long notOk;

    private final int column;

    /** @param column the crystal column */
    SupercellBuilderJob(final FeaturizationSettings settings, final int column) {
        this.settings = settings;
        this.featurizer = new SiteNetFeaturizer(settings);
        this.column = column;
    }

    /** Appends each row's supercell and what was achieved. */
    void apply(final List<DataRow> rows, final Consumer<DataRow> out) {
        for (DataRow row : rows) {
            DataCell cell = row.getCell(column);
            FeaturizedCrystal f = cell.isMissing()
                ? new FeaturizedCrystal(row.getKey().getString(), "", 0, 0, null, null, FeaturizedCrystal.Status.FAILED,
                    List.of(), Columns.name(row.getKey()) + ": missing crystal")
                : featurizer.featurize(((CrystalValue)cell).getCrystal());
            out.accept(Columns.append(row, cells(f)));
        }
    }

    /** Rows that were skipped by a policy or failed. */
    long notOk() {
        return notOk;
    }

    private List<DataCell> cells(final FeaturizedCrystal f) {
        if (!f.ok()) {
            notOk++;
        }
        DataCell missing = DataType.getMissingCell();
        List<DataCell> cells = new ArrayList<>();
        cells.add(f.ok() ? new SupercellCell(f.input(), settings) : missing);
        cells.add(f.primitiveSites() > 0 ? new IntCell(f.primitiveSites()) : missing);
        Supercell s = f.supercell();
        for (int r : s == null ? new int[0] : s.repeats()) {
            cells.add(new IntCell(r));
        }
        while (cells.size() < 5) {
            cells.add(missing);
        }
        cells.add(s == null ? missing : new IntCell(s.size()));
        cells.add(new StringCell(f.status().name().toLowerCase(Locale.ROOT)));
        cells.add(f.error() == null ? missing : new StringCell(f.error()));
        return cells;
    }
}
