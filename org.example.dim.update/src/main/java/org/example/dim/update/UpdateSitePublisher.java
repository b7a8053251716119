package org.example.dim.update;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes a p2 update site from built bundle, fragment and feature jars, without Eclipse: the jars of the bundles some
 * feature lists, with their qualifiers expanded; content.xml, artifacts.xml, p2.index; and the same site as one zip
 * for offline installs. Dependencies (KNIME) are not resolved here; p2 resolves them against the user's KNIME.
 */
public final class UpdateSitePublisher {

    private final String repositoryName;

    private final String qualifier;

    private final long timestamp = System.currentTimeMillis();

    public UpdateSitePublisher(final String repositoryName, final String qualifier) {
        this.repositoryName = repositoryName;
        this.qualifier = qualifier;
    }

    /** Arguments: plugins folder, features folder, category.xml, output folder, zip file, site name, qualifier. */
    public static void main(final String[] args) throws IOException {
        if (args.length != 7) {
            throw new IllegalArgumentException(
                "usage: UpdateSitePublisher PLUGINS FEATURES CATEGORY_XML OUT ZIP NAME QUALIFIER");
        }
        new UpdateSitePublisher(args[5], args[6]).publish(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]),
            Path.of(args[3]), Path.of(args[4]));
    }

    public void publish(final Path pluginsIn, final Path featuresIn, final Path categoryXml, final Path out,
        final Path zip) throws IOException {
        deleteTree(out);
        Files.createDirectories(out.resolve("plugins"));
        Files.createDirectories(out.resolve("features"));
        List<XmlElement> units = new ArrayList<>();
        List<XmlElement> artifacts = new ArrayList<>();
        List<FeatureXml> featureList = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (Path jar : jars(featuresIn)) {
            FeatureXml feature = readFeature(jar);
            featureList.add(feature);
            feature.plugins().forEach(p -> listed.add(p.id()));
        }
        Map<String, String> bundleVersions = new LinkedHashMap<>();
        for (Path jar : jars(pluginsIn)) {
            BundleJar bundle = BundleJar.read(jar).withQualifier(qualifier);
            if (!listed.contains(bundle.symbolicName())) {
                System.out.println("not published, no feature lists it: " + jar);
                continue;
            }
            Path published = out.resolve("plugins").resolve(bundle.symbolicName() + "_" + bundle.version() + ".jar");
            copyWithManifest(bundle, published);
            bundleVersions.put(bundle.symbolicName(), bundle.version());
            units.add(InstallableUnits.bundle(bundle));
            artifacts.add(artifact(InstallableUnits.BUNDLE, bundle.symbolicName(), bundle.version(), published));
        }
        Map<String, FeatureXml> features = new LinkedHashMap<>();
        for (FeatureXml feature : featureList) {
            feature.release(qualifier, bundleVersions);
            Path published = out.resolve("features").resolve(feature.id() + "_" + feature.version() + ".jar");
            writeFeatureJar(feature, published);
            features.put(feature.id(), feature);
            units.add(InstallableUnits.featureJar(feature));
            units.add(InstallableUnits.featureGroup(feature));
            artifacts.add(artifact(InstallableUnits.FEATURE, feature.id(), feature.version(), published));
        }
        for (CategoryXml.Category c : CategoryXml.read(categoryXml).categories()) {
            List<FeatureXml> members = new ArrayList<>();
            for (String id : c.featureIds()) {
                FeatureXml f = features.get(id);
                if (f == null) {
                    throw new IOException(categoryXml + " puts feature " + id + " in category " + c.name()
                        + ", but no such feature is published");
                }
                members.add(f);
            }
            units.add(InstallableUnits.category(c.name(), "1.0.0." + qualifier, c.label(), c.description(), members));
        }
        write(out.resolve("content.xml"), metadata(units).document("metadataRepository version='1.1.0'"));
        write(out.resolve("artifacts.xml"), artifactRepository(artifacts).document(
            "artifactRepository version='1.1.0'"));
        // Tells p2 that only the plain XML files exist, so it asks for nothing else.
        write(out.resolve("p2.index"), "version=1\nmetadata.repository.factory.order=content.xml,\\!\n"
            + "artifact.repository.factory.order=artifacts.xml,\\!\n");
        zipTree(out, zip);
    }

    private XmlElement repository(final String type) {
        XmlElement r = new XmlElement("repository").attr("name", repositoryName).attr("type", type).attr("version", 1);
        XmlElement p = r.add(XmlElement.collection("properties"));
        p.add(new XmlElement("property").attr("name", "p2.timestamp").attr("value", timestamp));
        p.add(new XmlElement("property").attr("name", "p2.compressed").attr("value", false));
        return r;
    }

    private XmlElement metadata(final List<XmlElement> units) {
        XmlElement r = repository("org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository");
        XmlElement list = r.add(XmlElement.collection("units"));
        units.forEach(list::add);
        return r;
    }

    private XmlElement artifactRepository(final List<XmlElement> artifacts) {
        XmlElement r = repository("org.eclipse.equinox.p2.artifact.repository.simpleRepository");
        XmlElement rules = r.add(XmlElement.collection("mappings"));
        rules.add(new XmlElement("rule").attr("filter", "(& (classifier=osgi.bundle))")
            .attr("output", "${repoUrl}/plugins/${id}_${version}.jar"));
        rules.add(new XmlElement("rule").attr("filter", "(& (classifier=binary))")
            .attr("output", "${repoUrl}/binary/${id}_${version}"));
        rules.add(new XmlElement("rule").attr("filter", "(& (classifier=org.eclipse.update.feature))")
            .attr("output", "${repoUrl}/features/${id}_${version}.jar"));
        XmlElement list = r.add(XmlElement.collection("artifacts"));
        artifacts.forEach(list::add);
        return r;
    }

    private static XmlElement artifact(final String classifier, final String id, final String version,
        final Path file) throws IOException {
        XmlElement a = new XmlElement("artifact").attr("classifier", classifier).attr("id", id).attr("version",
            version);
        XmlElement p = a.add(XmlElement.collection("properties"));
        String size = String.valueOf(Files.size(file));
        p.add(new XmlElement("property").attr("name", "artifact.size").attr("value", size));
        p.add(new XmlElement("property").attr("name", "download.size").attr("value", size));
        p.add(new XmlElement("property").attr("name", "download.checksum.sha-256").attr("value",
            digest(file, "SHA-256")));
        p.add(new XmlElement("property").attr("name", "download.md5").attr("value", digest(file, "MD5")));
        return a;
    }

    private static String digest(final Path file, final String algorithm) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest d = MessageDigest.getInstance(algorithm);
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                d.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }

    /** Copies a bundle jar with its released MANIFEST; the zip file system keeps the other entries' bytes. */
    private static void copyWithManifest(final BundleJar bundle, final Path target) throws IOException {
        Files.copy(bundle.jar(), target, StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem zip = FileSystems.newFileSystem(target);
            OutputStream out = Files.newOutputStream(zip.getPath(JarFile.MANIFEST_NAME))) {
            bundle.manifest().write(out);
        }
    }

    private static FeatureXml readFeature(final Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry("feature.xml");
            if (entry == null) {
                throw new IOException(jar + " holds no feature.xml");
            }
            return new FeatureXml(file.getInputStream(entry));
        }
    }

    private static void writeFeatureJar(final FeatureXml feature, final Path target) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            out.putNextEntry(new ZipEntry("feature.xml"));
            out.write(feature.toBytes());
            out.closeEntry();
        }
    }

    private static List<Path> jars(final Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static void write(final Path file, final String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void zipTree(final Path root, final Path zip) throws IOException {
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files =
            Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                // jars are compressed already; deflating them again costs seconds and saves nothing
                out.setLevel(f.toString().endsWith(".jar") ? Deflater.NO_COMPRESSION : Deflater.DEFAULT_COMPRESSION);
                out.putNextEntry(new ZipEntry(root.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }

    private static void deleteTree(final Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
