package org.knime.core.data;

/** Stand-in: a table: spec and rows. */
public interface DataTable extends Iterable<DataRow> {

    DataTableSpec getDataTableSpec();

    @Override
    RowIterator iterator();
}
