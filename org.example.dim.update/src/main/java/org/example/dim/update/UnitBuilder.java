package org.example.dim.update;

/** One installable unit of content.xml, its parts in the order p2 writes them. */
final class UnitBuilder {

    static final String IU = "org.eclipse.equinox.p2.iu";

    private final XmlElement unit;

    private final String id;

    private final String version;

    private String update;

    private final XmlElement properties = XmlElement.collection("properties");

    private final XmlElement provides = XmlElement.collection("provides");

    private final XmlElement requires = XmlElement.collection("requires");

    private String filter;

    private final XmlElement artifacts = XmlElement.collection("artifacts");

    private String touchpoint = "null";

    private final XmlElement instructions = XmlElement.collection("instructions");

    private XmlElement licenses;

    UnitBuilder(final String id, final String version, final boolean singleton) {
        this.id = id;
        this.version = version;
        unit = new XmlElement("unit").attr("id", id).attr("version", version).attr("singleton", singleton);
        provide(IU, id, version);
    }

    /** Declares that this unit replaces its earlier versions. */
    UnitBuilder updatesEarlier() {
        update = id;
        return this;
    }

    UnitBuilder property(final String name, final String value) {
        if (value != null && !value.isEmpty()) {
            properties.add(new XmlElement("property").attr("name", name).attr("value", value));
        }
        return this;
    }

    UnitBuilder provide(final String namespace, final String name, final String providedVersion) {
        provides.add(new XmlElement("provided").attr("namespace", namespace).attr("name", name)
            .attr("version", providedVersion));
        return this;
    }

    UnitBuilder require(final String namespace, final String name, final String range, final boolean optional,
        final String requirementFilter) {
        XmlElement r = requires.add(new XmlElement("required").attr("namespace", namespace).attr("name", name)
            .attr("range", range));
        if (optional) {
            r.attr("optional", true).attr("greedy", false);
        }
        if (requirementFilter != null) {
            r.add(new XmlElement("filter").text(requirementFilter));
        }
        return this;
    }

    UnitBuilder filter(final String unitFilter) {
        filter = unitFilter;
        return this;
    }

    UnitBuilder artifact(final String classifier, final String artifactId) {
        artifacts.add(new XmlElement("artifact").attr("classifier", classifier).attr("id", artifactId)
            .attr("version", version));
        return this;
    }

    /** Installed by the OSGi touchpoint (bundles and feature jars); others are groups and categories. */
    UnitBuilder osgiTouchpoint() {
        touchpoint = "org.eclipse.equinox.p2.osgi";
        return this;
    }

    UnitBuilder instruction(final String key, final String value) {
        instructions.add(new XmlElement("instruction").attr("key", key).text(value));
        return this;
    }

    UnitBuilder license(final String url, final String text) {
        if (text != null && !text.isEmpty()) {
            licenses = XmlElement.collection("licenses");
            licenses.add(new XmlElement("license").attr("uri", url).attr("url", url).text(text));
        }
        return this;
    }

    XmlElement build() {
        if (update != null) {
            unit.add(new XmlElement("update").attr("id", update).attr("range", Versions.before(version))
                .attr("severity", 0));
        }
        for (XmlElement part : new XmlElement[] {properties, provides, requires}) {
            if (!part.isEmpty()) {
                unit.add(part);
            }
        }
        if (filter != null) {
            unit.add(new XmlElement("filter").text(filter));
        }
        if (!artifacts.isEmpty()) {
            unit.add(artifacts);
        }
        unit.add(new XmlElement("touchpoint").attr("id", touchpoint)
            .attr("version", "null".equals(touchpoint) ? "0.0.0" : "1.0.0"));
        if (!instructions.isEmpty()) {
            unit.add(XmlElement.collection("touchpointData")).add(instructions);
        }
        if (licenses != null) {
            unit.add(licenses);
        }
        return unit;
    }
}
