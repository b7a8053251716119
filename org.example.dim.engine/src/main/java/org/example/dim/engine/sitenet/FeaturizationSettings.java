package org.example.dim.engine.sitenet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.example.dim.engine.chem.PeriodicTable;
import org.example.dim.engine.crystal.DisorderPolicy;

/**
 * How crystals become Site-Net input; recorded with every featurised dataset and model so that
 * inference featurises exactly as training did.
 *
 * @param supercellSize       N, the most sites a supercell may have (50 for Deep InfoMax, 500 for Site-Net)
 * @param primitive           whether to reduce to the primitive cell first (the reference does)
 * @param primitiveTolerance  site-matching tolerance of the primitive-cell search, Å
 * @param oversize            what to do when the primitive cell alone exceeds N
 * @param disorder            how a disordered site becomes one element
 * @param missingValues       what to do when an element lacks a feature value
 */
public record FeaturizationSettings(int supercellSize, boolean primitive, double primitiveTolerance,
        OversizePolicy oversize, DisorderPolicy disorder, SiteFeatures.MissingValuePolicy missingValues) {

    public static final int FORMAT_VERSION = 1;

    public FeaturizationSettings {
        if (supercellSize < 1) {
            throw new IllegalArgumentException("supercell size must be at least 1, got " + supercellSize);
        }
        if (!(primitiveTolerance > 0)) {
            throw new IllegalArgumentException("primitive tolerance must be positive, got " + primitiveTolerance);
        }
    }

    /** The paper's settings: N = 50, primitive cell with 0.5 Å, oversize crystals skipped, majority species. */
    public static FeaturizationSettings deepInfoMaxDefaults() {
        return new FeaturizationSettings(50, true, 0.5, OversizePolicy.SKIP, DisorderPolicy.MAJORITY,
                SiteFeatures.MissingValuePolicy.FAIL);
    }

    public FeaturizationSettings withSupercellSize(int n) {
        return new FeaturizationSettings(n, primitive, primitiveTolerance, oversize, disorder, missingValues);
    }

    public FeaturizationSettings withOversize(OversizePolicy policy) {
        return new FeaturizationSettings(supercellSize, primitive, primitiveTolerance, policy, disorder, missingValues);
    }

    /** The settings {@link #describe()} wrote (into a dataset or model file). */
    public static FeaturizationSettings fromDescription(Map<String, Object> d) {
        Object version = d.get("featurization_version");
        if (!(version instanceof Number n) || n.intValue() > FORMAT_VERSION) {
            throw new IllegalArgumentException("featurisation settings of version " + version
                    + " cannot be read by this version (" + FORMAT_VERSION + ")");
        }
        return new FeaturizationSettings(((Number) d.get("supercell_size")).intValue(), (Boolean) d.get("primitive"),
                ((Number) d.get("primitive_tolerance")).doubleValue(), OversizePolicy.valueOf((String) d.get("oversize")),
                DisorderPolicy.valueOf((String) d.get("disorder")),
                SiteFeatures.MissingValuePolicy.valueOf((String) d.get("missing_values")));
    }

    /** Everything that defines the featurisation, as plain values for a file header or model file. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("featurization_version", FORMAT_VERSION);
        m.put("supercell_size", supercellSize);
        m.put("primitive", primitive);
        m.put("primitive_tolerance", primitiveTolerance);
        m.put("oversize", oversize.name());
        m.put("disorder", disorder.name());
        m.put("missing_values", missingValues.name());
        m.put("feature_names", SiteFeatures.NAMES);
        float[] scales = SiteFeatures.scales();
        Double[] boxed = new Double[scales.length];
        for (int i = 0; i < scales.length; i++) {
            boxed[i] = (double) scales[i];
        }
        m.put("feature_scales", List.of(boxed));
        m.put("element_data", PeriodicTable.dataVersion());
        return m;
    }
}
