package org.example.dim.nodes.types;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.SiteNetInput;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellDataInput;
import org.knime.core.data.DataCellDataOutput;
import org.knime.core.data.DataCellSerializer;
import org.knime.core.data.DataType;
import org.knime.core.data.StringValue;

/** A featurised Site-Net supercell in a table, stored as plain numbers by {@link SupercellCodec}. */
public final class SupercellCell extends DataCell implements SupercellValue, StringValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(SupercellCell.class);

    private final transient SiteNetInput input;

    private final transient FeaturizationSettings settings;

    public SupercellCell(final SiteNetInput input, final FeaturizationSettings settings) {
        this.input = Objects.requireNonNull(input, "input");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public SiteNetInput getInput() {
        return input;
    }

    @Override
    public FeaturizationSettings getSettings() {
        return settings;
    }

    @Override
    public String getStringValue() {
        return toString();
    }

    @Override
    public String toString() {
        return input.id() + ": " + input.primitiveSites() + " sites x " + input.images() + " images (N = "
            + settings.supercellSize() + ")";
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        SupercellCell o = (SupercellCell) dc;
        return settings.equals(o.settings) && input.id().equals(o.input.id())
            && input.images() == o.input.images() && Arrays.equals(input.atomicNumbers(), o.input.atomicNumbers())
            && Arrays.equals(input.siteFeatures(), o.input.siteFeatures())
            && Arrays.equals(input.distances(), o.input.distances());
    }

    @Override
    public int hashCode() {
        return Objects.hash(input.id(), input.images(), Arrays.hashCode(input.atomicNumbers()));
    }

    /** Writes and reads supercell cells; registered in plugin.xml. */
    public static final class Serializer implements DataCellSerializer<SupercellCell> {

        @Override
        public void serialize(final SupercellCell cell, final DataCellDataOutput output) throws IOException {
            SupercellCodec.write(cell, output);
        }

        @Override
        public SupercellCell deserialize(final DataCellDataInput input) throws IOException {
            return SupercellCodec.read(input);
        }
    }
}
