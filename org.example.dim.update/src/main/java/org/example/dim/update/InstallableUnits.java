package org.example.dim.update;

import java.util.List;

/** The p2 installable units of bundles, features and categories, as p2's own publisher describes them. */
final class InstallableUnits {

    static final String BUNDLE = "osgi.bundle";
    static final String FEATURE = "org.eclipse.update.feature";
    static final String INSTALL_FEATURES = "(org.eclipse.update.install.features=true)";
    private static final String NAME = "org.eclipse.equinox.p2.name";
    private static final String DESCRIPTION = "org.eclipse.equinox.p2.description";
    private static final String PROVIDER = "org.eclipse.equinox.p2.provider";
    private static final String TYPE = "org.eclipse.equinox.p2.eclipse.type";

    private InstallableUnits() {
    }

    static XmlElement bundle(final BundleJar b) {
        UnitBuilder u = new UnitBuilder(b.symbolicName(), b.version(), b.singleton()).updatesEarlier()
            .property(NAME, b.name()).property(PROVIDER, b.vendor())
            .provide(BUNDLE, b.symbolicName(), b.version());
        for (OsgiHeader.Clause p : b.exportedPackages().clauses()) {
            u.provide("java.package", p.name(), p.attribute("version", "0.0.0"));
        }
        u.provide(TYPE, "bundle", "1.0.0");
        if (b.isFragment()) {
            u.provide("osgi.fragment", b.fragmentHost().name(), b.version());
            u.require(BUNDLE, b.fragmentHost().name(), b.fragmentHost().attribute("bundle-version", "0.0.0"), false,
                null);
        }
        for (OsgiHeader.Clause r : b.requiredBundles().clauses()) {
            u.require(BUNDLE, r.name(), r.attribute("bundle-version", "0.0.0"),
                "optional".equals(r.directive("resolution", "")), null);
        }
        for (OsgiHeader.Clause p : b.importedPackages().clauses()) {
            u.require("java.package", p.name(), p.attribute("version", "0.0.0"),
                "optional".equals(p.directive("resolution", "")), null);
        }
        StringBuilder manifest = new StringBuilder("Bundle-SymbolicName: ")
            .append(b.manifest().getMainAttributes().getValue("Bundle-SymbolicName")).append("\nBundle-Version: ")
            .append(b.version()).append('\n');
        if (b.isFragment()) {
            manifest.append("Fragment-Host: ").append(b.manifest().getMainAttributes().getValue("Fragment-Host"))
                .append('\n');
        }
        u.filter(b.platformFilter()).artifact(BUNDLE, b.symbolicName()).osgiTouchpoint()
            .instruction("manifest", manifest.toString());
        if (b.unpacked()) {
            u.instruction("zipped", "true"); // Eclipse-BundleShape: dir, installed as a folder
        }
        return u.build();
    }

    /** The unit that puts the feature's jar into the installation. */
    static XmlElement featureJar(final FeatureXml f) {
        return new UnitBuilder(f.id() + ".feature.jar", f.version(), true).property(NAME, f.label())
            .property(DESCRIPTION, f.description()).property(PROVIDER, f.provider())
            .provide(TYPE, "feature", "1.0.0").provide(FEATURE, f.id(), f.version()).filter(INSTALL_FEATURES)
            .artifact(FEATURE, f.id()).osgiTouchpoint().instruction("zipped", "true")
            .license(f.licenseUrl(), f.license()).build();
    }

    /**
     * The unit users install: the feature's plugins at exactly their published versions, and its imports; only on
     * the feature's platform when it names one.
     */
    static XmlElement featureGroup(final FeatureXml f) {
        UnitBuilder u = new UnitBuilder(f.id() + ".feature.group", f.version(), false).updatesEarlier()
            .property(NAME, f.label()).property(DESCRIPTION, f.description()).property(PROVIDER, f.provider())
            .property("org.eclipse.equinox.p2.type.group", "true").filter(f.filter());
        for (FeatureXml.Plugin p : f.plugins()) {
            u.require(UnitBuilder.IU, p.id(), Versions.exactly(p.version()), false, p.filter());
        }
        for (FeatureXml.Import i : f.imports()) {
            u.require(UnitBuilder.IU, i.unit(), Versions.range(i.version(), i.match()), false, null);
        }
        u.require(UnitBuilder.IU, f.id() + ".feature.jar", Versions.exactly(f.version()), false, INSTALL_FEATURES);
        return u.license(f.licenseUrl(), f.license()).build();
    }

    /** A category of "Install New Software", holding feature groups. */
    static XmlElement category(final String id, final String version, final String label, final String description,
        final List<FeatureXml> features) {
        UnitBuilder u = new UnitBuilder(id, version, true).property(NAME, label).property(DESCRIPTION, description)
            .property("org.eclipse.equinox.p2.type.category", "true");
        for (FeatureXml f : features) {
            u.require(UnitBuilder.IU, f.id() + ".feature.group", Versions.exactly(f.version()), false, null);
        }
        return u.build();
    }
}
