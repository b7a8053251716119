package org.example.dim.nodes.cifreader;

import org.example.dim.nodes.util.DimNodeFactory;

/** Creates the CIF Reader node; its description is CifReaderNodeFactory.xml. */
public final class CifReaderNodeFactory extends DimNodeFactory<CifReaderNodeModel> {

    public CifReaderNodeFactory() {
        super(CifReaderNodeModel::new, CifReaderNodeDialog::new);
    }
}
