package org.example.dim.nodes.modelwriter;

import org.example.dim.nodes.util.DimNodeFactory;

/** Creates the DIM Model Writer node; its description is DimModelWriterNodeFactory.xml. */
public final class DimModelWriterNodeFactory extends DimNodeFactory<DimModelWriterNodeModel> {

    public DimModelWriterNodeFactory() {
        super(DimModelWriterNodeModel::new, DimModelWriterNodeDialog::new);
    }
}
