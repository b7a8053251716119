package org.example.dim.nodes.importance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.example.dim.engine.experiment.FeatureImportance;
import org.example.dim.engine.experiment.LabelledCrystal;
import org.example.dim.engine.experiment.Plots;
import org.example.dim.engine.experiment.Regressor;
import org.example.dim.nodes.util.Columns;
import org.example.dim.nodes.util.DimNodeModel;
import org.example.dim.nodes.util.ExecutionProgress;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

/**
 * Feature-Importance Evaluator: representation columns (all numeric columns whose name starts with the prefix,
 * e.g. the Embedder's z0..z63) and property columns to the property-augmentation importance table of the engine's
 * {@link FeatureImportance} and its heatmap. Numeric properties are targets and augmenting features; string
 * properties (and crystal system, space-group number) are categorical features, one-hot encoded.
 */
final class FeatureImportanceNodeModel extends DimNodeModel<FeatureImportanceSettings> {

    static final DataTableSpec OUT = Columns.spec(
        new String[] {"target", "feature", "mean_pct", "min_pct", "max_pct", "significant", "baseline_mae",
            "augmented_mae"},
        new DataType[] {StringCell.TYPE, StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE,
            BooleanCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE});

    private static final ImagePortObjectSpec IMAGE = new ImagePortObjectSpec(PNGImageContent.TYPE);

    FeatureImportanceNodeModel() {
        super(new PortType[] {BufferedDataTable.TYPE}, new PortType[] {BufferedDataTable.TYPE, ImagePortObject.TYPE},
            new FeatureImportanceSettings());
    }

    /** The columns the settings pick: representation indices, and the properties by name with their index. */
    private record Selection(int[] representation, Map<String, Integer> properties, Set<String> categorical) {
    }

    private Selection select(final DataTableSpec spec) throws InvalidSettingsException {
        String prefix = settings.representationPrefix.getStringValue();
        if (!FeatureImportanceSettings.MODELS.contains(settings.model.getStringValue())) {
            throw new InvalidSettingsException("Model '" + settings.model.getStringValue() + "' is not one of "
                + FeatureImportanceSettings.MODELS);
        }
        List<Integer> rep = new ArrayList<>();
        Map<String, Integer> props = new LinkedHashMap<>();
        Set<String> categorical = new HashSet<>();
        Set<String> wanted = new HashSet<>();
        for (String p : settings.properties.getStringValue().split(",")) {
            if (!p.isBlank()) {
                wanted.add(p.trim());
            }
        }
        for (int i = 0; i < spec.getNumColumns(); i++) {
            String name = spec.getColumnSpec(i).getName();
            DataType type = spec.getColumnSpec(i).getType();
            boolean numeric = type.isCompatible(DoubleValue.class);
            if (name.startsWith(prefix) && numeric && !prefix.isEmpty()) {
                rep.add(i);
            } else if ((wanted.isEmpty() || wanted.contains(name))
                && (numeric || type.isCompatible(StringValue.class))) {
                props.put(name, i);
                if (!numeric || LabelledCrystal.CATEGORICAL.contains(name)) {
                    categorical.add(name);
                }
            }
        }
        for (String w : wanted) {
            if (!props.containsKey(w)) {
                throw new InvalidSettingsException("Property column '" + w + "' is not a numeric or string column of"
                    + " the input");
            }
        }
        if (rep.isEmpty()) {
            throw new InvalidSettingsException("No numeric column starts with '" + prefix + "' (the representation)");
        }
        if (props.keySet().stream().allMatch(categorical::contains)) {
            throw new InvalidSettingsException("No numeric property column to use as a target");
        }
        return new Selection(rep.stream().mapToInt(Integer::intValue).toArray(), props, categorical);
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        select((DataTableSpec)inSpecs[0]);
        return new PortObjectSpec[] {OUT, IMAGE};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inData, final ExecutionContext exec) throws Exception {
        BufferedDataTable in = (BufferedDataTable)inData[0];
        Selection s = select(in.getDataTableSpec());
        List<double[]> rows = new ArrayList<>();
        Map<String, List<Double>> values = new LinkedHashMap<>();
        Map<String, Map<String, Double>> codes = new HashMap<>();
        s.properties().keySet().forEach(p -> values.put(p, new ArrayList<>()));
        for (DataRow row : in) {
            exec.checkCanceled();
            double[] x = new double[s.representation().length];
            boolean complete = true;
            for (int j = 0; j < x.length; j++) {
                DataCell c = row.getCell(s.representation()[j]);
                complete &= !c.isMissing();
                x[j] = c.isMissing() ? 0 : ((DoubleValue)c).getDoubleValue();
            }
            if (!complete) {
                continue; // a crystal without its representation cannot take part
            }
            rows.add(x);
            s.properties().forEach((name, col) -> values.get(name).add(value(row.getCell(col), name, codes)));
        }
        Map<String, double[]> properties = new LinkedHashMap<>();
        values.forEach((k, v) -> properties.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        List<String> targets = s.properties().keySet().stream().filter(p -> !s.categorical().contains(p)).toList();
        List<String> features = new ArrayList<>(s.properties().keySet());
        List<FeatureImportance.Cell> cells = ExecutionProgress.run(() -> new FeatureImportance(
            Regressor.named(settings.model.getStringValue()), settings.seeds.getIntValue()).run(
                rows.toArray(double[][]::new), properties, targets, features, s.categorical(),
                new ExecutionProgress(exec)));
        BufferedDataContainer out = exec.createDataContainer(OUT);
        long n = 0;
        for (FeatureImportance.Cell c : cells) {
            out.addRowToTable(new DefaultRow(RowKey.createRowKey(n++), new StringCell(c.target()),
                new StringCell(c.feature()), new DoubleCell(c.meanPct()), new DoubleCell(c.minPct()),
                new DoubleCell(c.maxPct()), c.significant() ? BooleanCell.TRUE : BooleanCell.FALSE, new DoubleCell(c.baselineMae()),
                new DoubleCell(c.augmentedMae())));
        }
        out.close();
        byte[] png = Plots.importanceHeatmap(cells, "Feature importance (" + settings.model.getStringValue() + ", "
            + settings.seeds.getIntValue() + " seeds)");
        return new PortObject[] {out.getTable(), new ImagePortObject(new PNGImageContent(png), IMAGE)};
    }

    /** A property's value: the number, a category code for text, NaN when missing. */
    private static double value(final DataCell c, final String name, final Map<String, Map<String, Double>> codes) {
        if (c.isMissing()) {
            return Double.NaN;
        }
        if (c instanceof DoubleValue d) {
            return d.getDoubleValue();
        }
        Map<String, Double> code = codes.computeIfAbsent(name, k -> new HashMap<>());
        return code.computeIfAbsent(((StringValue)c).getStringValue(), k -> (double)code.size());
    }
}
