package org.example.dim.nodes.modelreader;

import org.example.dim.nodes.util.DimNodeFactory;

/** Creates the DIM Model Reader node; its description is DimModelReaderNodeFactory.xml. */
public final class DimModelReaderNodeFactory extends DimNodeFactory<DimModelReaderNodeModel> {

    public DimModelReaderNodeFactory() {
        super(DimModelReaderNodeModel::new, DimModelReaderNodeDialog::new);
    }
}
