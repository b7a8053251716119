package org.example.dim.update;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Bundles the Equinox tests make: site jars unpacked as p2 installs them, and two small bundles of their own; and the
 * framework they start.
 */
final class TestBundles {

    /** The optional CUDA fragment, on the site only when the build ran with the profile cuda-fragment. */
    static final String CUDA_FRAGMENT = "org.example.dim.engine.cuda.linux.x86_64";

    private TestBundles() {
    }

    /** Whether a site jar is the CUDA fragment's. */
    static boolean isCudaFragment(final Path jar) {
        return jar.getFileName().toString().startsWith(CUDA_FRAGMENT + "_");
    }

    /**
     * A started Equinox, its storage under a new folder {@code work}, with boot delegation off, so that a missing
     * import fails here rather than in some KNIME.
     */
    static Framework startFramework(final Path work) throws Exception {
        deleteTree(work);
        Files.createDirectories(work);
        Map<String, String> config = new HashMap<>();
        config.put("org.osgi.framework.storage", work.resolve("storage").toAbsolutePath().toString());
        config.put("org.osgi.framework.storage.clean", "onFirstInit");
        config.put("osgi.compatibility.bootdelegation", "false");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.start();
        return framework;
    }

    static void deleteTree(final Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Unpacks a jar into a folder, as p2 installs a bundle whose unit says {@code zipped}. */
    static Path unpack(final Path jar, final Path folder) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = j.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IOException(jar + ": entry " + entry.getName() + " escapes the folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = j.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        return folder;
    }

    /**
     * The KNIME stand-in as a bundle named org.knime.core (version 5.5.3), exporting each of its packages, so that
     * the nodes bundle's Require-Bundle resolves without KNIME.
     */
    static Path knimeCoreStandIn(final Path stubJar, final Path target) throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        try (JarFile j = new JarFile(stubJar.toFile())) {
            j.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class"))
                .forEach(n -> packages.add(n.substring(0, n.lastIndexOf('/')).replace('/', '.')));
        }
        Manifest m = manifest(Map.of("Bundle-SymbolicName", "org.knime.core", "Bundle-Version", "5.5.3",
            "Export-Package", String.join(",", packages), "Import-Package", "javax.swing"));
        try (JarFile j = new JarFile(stubJar.toFile());
            JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), m)) {
            for (Enumeration<JarEntry> e = j.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                if (!entry.isDirectory() && !entry.getName().startsWith("META-INF/")) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream in = j.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
            }
        }
        return target;
    }

    /** A bundle holding one class of the tests and requiring the given bundles, to run that class inside OSGi. */
    static Path probe(final Class<?> type, final String requiredBundles, final Path target) throws IOException {
        Manifest m = manifest(Map.of("Bundle-SymbolicName", "org.example.dim.probe." + type.getSimpleName(),
            "Bundle-Version", "1.0.0", "Require-Bundle", requiredBundles));
        String entry = type.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), m);
            InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
        }
        return target;
    }

    private static Manifest manifest(final Map<String, String> headers) {
        Manifest m = new Manifest();
        m.getMainAttributes().putValue("Manifest-Version", "1.0");
        m.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        headers.forEach(m.getMainAttributes()::putValue);
        return m;
    }
}
