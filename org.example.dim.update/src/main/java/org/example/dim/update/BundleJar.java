package org.example.dim.update;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** What p2 needs to know of a bundle or fragment jar, read from its MANIFEST. */
record BundleJar(Path jar, Manifest manifest, String symbolicName, String version, boolean singleton,
    String name, String vendor, OsgiHeader requiredBundles, OsgiHeader importedPackages,
    OsgiHeader exportedPackages, OsgiHeader.Clause fragmentHost, String platformFilter, boolean unpacked) {

    static BundleJar read(final Path jar) throws IOException {
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile()); InputStream in = file.getInputStream(
            file.getEntry(JarFile.MANIFEST_NAME))) {
            manifest = new Manifest(in);
        } catch (NullPointerException e) {
            throw new IOException(jar + " has no MANIFEST", e);
        }
        Attributes a = manifest.getMainAttributes();
        List<OsgiHeader.Clause> symbolic = OsgiHeader.parse(a.getValue("Bundle-SymbolicName")).clauses();
        String version = a.getValue("Bundle-Version");
        if (symbolic.isEmpty() || version == null) {
            throw new IOException(jar + " is not an OSGi bundle (no Bundle-SymbolicName or Bundle-Version)");
        }
        List<OsgiHeader.Clause> host = OsgiHeader.parse(a.getValue("Fragment-Host")).clauses();
        return new BundleJar(jar, manifest, symbolic.get(0).name(), version.strip(),
            "true".equals(symbolic.get(0).directive("singleton", "false")), a.getValue("Bundle-Name"),
            a.getValue("Bundle-Vendor"), OsgiHeader.parse(a.getValue("Require-Bundle")),
            OsgiHeader.parse(a.getValue("Import-Package")), OsgiHeader.parse(a.getValue("Export-Package")),
            host.isEmpty() ? null : host.get(0), a.getValue("Eclipse-PlatformFilter"),
            "dir".equals(a.getValue("Eclipse-BundleShape")));
    }

    boolean isFragment() {
        return fragmentHost != null;
    }

    /** The same bundle with the {@code qualifier} of its version replaced, as a release build does. */
    BundleJar withQualifier(final String qualifier) {
        String released = Versions.expand(version, qualifier);
        Manifest m = new Manifest(manifest);
        m.getMainAttributes().putValue("Bundle-Version", released);
        return new BundleJar(jar, m, symbolicName, released, singleton, name, vendor, requiredBundles,
            importedPackages, exportedPackages, fragmentHost, platformFilter, unpacked);
    }
}
