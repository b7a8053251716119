package org.knime.core.node.defaultnodesettings;

/** Stand-in: a setting of type double within [min, max]. */
public class SettingsModelDoubleBounded extends SettingsModelDouble {

    private final double minValue;

    private final double maxValue;

    public SettingsModelDoubleBounded(final String configName, final double defaultValue, final double minValue,
        final double maxValue) {
        super(configName, defaultValue);
        this.minValue = minValue;
        this.maxValue = maxValue;
        validateValue(defaultValue);
    }

    public double getLowerBound() {
        return minValue;
    }

    public double getUpperBound() {
        return maxValue;
    }

    @Override
    protected void validateValue(final double value) {
        if (value < minValue || value > maxValue) {
            throw new IllegalArgumentException("value (=" + value + ") must be within the range [" + minValue + "..."
                + maxValue + "].");
        }
    }
}
