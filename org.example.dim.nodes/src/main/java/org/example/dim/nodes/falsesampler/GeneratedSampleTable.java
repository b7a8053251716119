package org.example.dim.nodes.falsesampler;

import org.example.dim.nodes.types.CrystalValue;
import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;

/** The columns of the False Sampler's table that the DIM Trainer reads back. */
public final class GeneratedSampleTable {

    /** The row key of the crystal a sample was made from. */
    public static final String SOURCE_ROW = "source_row";

    /** Whether the sample is an adjunctive true sample. */
    public static final String TRUE_SAMPLE = "true_sample";

    /** The generated structure. */
    public static final String CRYSTAL = "crystal";

    private GeneratedSampleTable() {
    }

    /** The indices of {@link #SOURCE_ROW}, {@link #TRUE_SAMPLE} and {@link #CRYSTAL}, checked. */
    public static int[] columns(final DataTableSpec spec) throws InvalidSettingsException {
        return new int[] {column(spec, SOURCE_ROW, StringValue.class), column(spec, TRUE_SAMPLE, BooleanValue.class),
            column(spec, CRYSTAL, CrystalValue.class)};
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
