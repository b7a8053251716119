package org.example.dim.nodes.types;

import org.example.dim.engine.crystal.CrystalRecord;
import org.knime.core.data.DataValue;

/** A cell holding a crystal structure as read (with its source, block and declared space group). */
public interface CrystalValue extends DataValue {

    /** The crystal; its structure is never null. */
    CrystalRecord getCrystal();
}
