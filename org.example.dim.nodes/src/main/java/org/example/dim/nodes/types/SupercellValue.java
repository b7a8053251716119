package org.example.dim.nodes.types;

import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.SiteNetInput;
import org.knime.core.data.DataValue;

/** A cell holding a crystal as Site-Net input, with the featurisation that made it. */
public interface SupercellValue extends DataValue {

    SiteNetInput getInput();

    /** How the input was made; a model only embeds input made as its training input was. */
    FeaturizationSettings getSettings();
}
