package org.knime.core.node.defaultnodesettings;

/** Stand-in: a setting of type int within [min, max]. */
public class SettingsModelIntegerBounded extends SettingsModelInteger {

    private final int minValue;

    private final int maxValue;

    public SettingsModelIntegerBounded(final String configName, final int defaultValue, final int minValue,
        final int maxValue) {
        super(configName, defaultValue);
        this.minValue = minValue;
        this.maxValue = maxValue;
        validateValue(defaultValue);
    }

    public int getLowerBound() {
        return minValue;
    }

    public int getUpperBound() {
        return maxValue;
    }

    @Override
    protected void validateValue(final int value) {
        if (value < minValue || value > maxValue) {
            throw new IllegalArgumentException("value (=" + value + ") must be within the range [" + minValue + "..."
                + maxValue + "].");
        }
    }
}
