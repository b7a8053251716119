package org.example.dim.update;

/** OSGi version strings as Eclipse builds treat them. */
final class Versions {

    private Versions() {
    }

    /** {@code 1.2.3.qualifier} becomes {@code 1.2.3.<qualifier>}; other versions stay as they are. */
    static String expand(final String version, final String qualifier) {
        return version.endsWith(".qualifier")
            ? version.substring(0, version.length() - "qualifier".length()) + qualifier : version;
    }

    /** Exactly this version, as a feature pins its plugins. */
    static String exactly(final String version) {
        return "[" + version + "," + version + "]";
    }

    /** Every earlier version, which this one updates. */
    static String before(final String version) {
        return "[0.0.0," + version + ")";
    }

    /** A feature import's version and match rule as a p2 range. */
    static String range(final String version, final String match) {
        if (version == null || version.isEmpty() || "0.0.0".equals(version)) {
            return "0.0.0";
        }
        String[] p = version.split("\\.");
        int major = Integer.parseInt(p[0]);
        int minor = p.length > 1 ? Integer.parseInt(p[1]) : 0;
        return switch (match == null || match.isEmpty() ? "compatible" : match) {
            case "perfect" -> exactly(version);
            case "equivalent" -> "[" + version + "," + major + "." + (minor + 1) + ".0)";
            case "greaterOrEqual" -> version;
            default -> "[" + version + "," + (major + 1) + ".0.0)";
        };
    }
}
