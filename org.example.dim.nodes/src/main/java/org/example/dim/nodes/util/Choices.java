package org.example.dim.nodes.util;

import java.util.Arrays;
import java.util.Locale;
import org.knime.core.node.InvalidSettingsException;

/** Enum-valued settings, stored as the constant's name so that a flow variable can set them as text. */
public final class Choices {

    private Choices() {
    }

    /** The names of an enum's constants, for a dialog's drop-down. */
    public static String[] names(final Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
    }

    /** The constant named {@code value} (any case); an unknown name is an error naming the setting. */
    public static <E extends Enum<E>> E parse(final Class<E> type, final String value, final String setting)
        throws InvalidSettingsException {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidSettingsException("Setting '" + setting + "': '" + value + "' is not one of "
                + String.join(", ", names(type)), e);
        }
    }
}
