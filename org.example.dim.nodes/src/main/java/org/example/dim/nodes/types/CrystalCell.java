package org.example.dim.nodes.types;

import java.io.IOException;
import java.util.Objects;
import org.example.dim.engine.crystal.CrystalRecord;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellDataInput;
import org.knime.core.data.DataCellDataOutput;
import org.knime.core.data.DataCellSerializer;
import org.knime.core.data.DataType;
import org.knime.core.data.StringValue;

/**
 * A crystal structure in a table. It is stored as plain numbers (see {@link CrystalCodec}), never as a Java
 * object, so a shared workflow cannot smuggle code in. Shown as a one-line summary.
 */
public final class CrystalCell extends DataCell implements CrystalValue, StringValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(CrystalCell.class);

    private final transient CrystalRecord crystal;

    public CrystalCell(final CrystalRecord crystal) {
        if (!crystal.ok()) {
            throw new IllegalArgumentException(crystal.source() + " " + crystal.block() + ": a failed block is not a crystal");
        }
        this.crystal = crystal;
    }

    @Override
    public CrystalRecord getCrystal() {
        return crystal;
    }

    @Override
    public String getStringValue() {
        return toString();
    }

    @Override
    public String toString() {
        String group = crystal.spaceGroupSymbol().isEmpty() ? "" : ", " + crystal.spaceGroupSymbol();
        return crystal.structure().composition().formula() + " (" + crystal.structure().size() + " sites" + group + ")";
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        CrystalRecord o = ((CrystalCell) dc).crystal;
        return crystal.source().equals(o.source()) && crystal.block().equals(o.block())
            && crystal.structure().lattice().equals(o.structure().lattice())
            && crystal.structure().toString().equals(o.structure().toString());
    }

    @Override
    public int hashCode() {
        return Objects.hash(crystal.source(), crystal.block(), crystal.structure().lattice());
    }

    /** Writes and reads crystal cells; registered in plugin.xml. */
    public static final class Serializer implements DataCellSerializer<CrystalCell> {

        @Override
        public void serialize(final CrystalCell cell, final DataCellDataOutput output) throws IOException {
            CrystalCodec.write(cell.crystal, output);
        }

        @Override
        public CrystalCell deserialize(final DataCellDataInput input) throws IOException {
            return new CrystalCell(CrystalCodec.read(input));
        }
    }
}
