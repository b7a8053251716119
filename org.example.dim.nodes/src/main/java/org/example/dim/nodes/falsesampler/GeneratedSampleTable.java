package org.example.dim.nodes.falsesampler;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.example.dim.engine.falsesample.FalseSampleKind;
import org.example.dim.nodes.types.CrystalValue;
import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataTableSpecCreator;
import org.knime.core.data.DataValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;

/** What of the False Sampler's table the DIM Trainer reads back: three columns and the in-batch kinds. */
public final class GeneratedSampleTable {

    /** The row key of the crystal a sample was made from. */
    public static final String SOURCE_ROW = "source_row";

    /** Whether the sample is an adjunctive true sample. */
    public static final String TRUE_SAMPLE = "true_sample";

    /** The generated structure. */
    public static final String CRYSTAL = "crystal";

    /** The table property that carries the in-batch false-sample kinds chosen in the False Sampler to the trainer. */
    public static final String IN_BATCH_KINDS = "dim.in_batch_false_samples";

    private GeneratedSampleTable() {
    }

    /** The indices of {@link #SOURCE_ROW}, {@link #TRUE_SAMPLE} and {@link #CRYSTAL}, checked. */
    public static int[] columns(final DataTableSpec spec) throws InvalidSettingsException {
        return new int[] {column(spec, SOURCE_ROW, StringValue.class), column(spec, TRUE_SAMPLE, BooleanValue.class),
            column(spec, CRYSTAL, CrystalValue.class)};
    }

    /** The table's columns with the in-batch kinds as a table property. */
    static DataTableSpec withInBatchKinds(final DataTableSpec columns, final Set<FalseSampleKind> kinds) {
        DataTableSpecCreator creator = new DataTableSpecCreator();
        for (int i = 0; i < columns.getNumColumns(); i++) {
            creator.addColumns(columns.getColumnSpec(i));
        }
        return creator.putProperty(IN_BATCH_KINDS, kinds.stream().map(k -> k.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(","))).createSpec();
    }

    /** The in-batch kinds a False Sampler table carries; empty for a table without them. */
    public static Optional<Set<FalseSampleKind>> inBatchKinds(final DataTableSpec spec) throws InvalidSettingsException {
        String list = spec.getProperties().get(IN_BATCH_KINDS);
        if (list == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(FalseSampleKind.parseList(list));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("The generated-samples table's property " + IN_BATCH_KINDS + ": "
                + e.getMessage(), e);
        }
    }

    private static int column(final DataTableSpec spec, final String name, final Class<? extends DataValue> type)
        throws InvalidSettingsException {
        int i = spec.findColumnIndex(name);
        if (i < 0 || !spec.getColumnSpec(i).getType().isCompatible(type)) {
            throw new InvalidSettingsException("The generated-samples input needs the False Sampler's columns "
                + SOURCE_ROW + ", " + TRUE_SAMPLE + " and " + CRYSTAL + "; '" + name + "' is "
                + (i < 0 ? "missing" : "of type " + spec.getColumnSpec(i).getType()));
        }
        return i;
    }
}
