package org.example.dim.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The update site the build made (target/repository): every plugin of each feature (the main one, and the GPU feature
 * where the profile cuda-fragment built it) has a unit and an artifact of the version its published jar declares,
 * platform fragments and features carry their os/arch filter, the category holds the features.
 */
class UpdateSiteTest {

    private static final Path SITE = Path.of("target/repository");

    private static Document parse(final InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (in) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> elements(final Element parent, final String tag) {
        List<Element> out = new ArrayList<>();
        NodeList l = parent.getElementsByTagName(tag);
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element)l.item(i));
        }
        return out;
    }

    /** Units by id; the site holds one version of each. */
    private static Map<String, Element> units() throws Exception {
        Map<String, Element> units = new HashMap<>();
        for (Element u : elements(parse(Files.newInputStream(SITE.resolve("content.xml"))).getDocumentElement(),
            "unit")) {
            assertTrue(units.put(u.getAttribute("id"), u) == null, "two units " + u.getAttribute("id"));
        }
        return units;
    }

    private static Map<String, Element> artifacts() throws Exception {
        Map<String, Element> artifacts = new HashMap<>();
        Element root = parse(Files.newInputStream(SITE.resolve("artifacts.xml"))).getDocumentElement();
        for (Element a : elements((Element)root.getElementsByTagName("artifacts").item(0), "artifact")) {
            artifacts.put(a.getAttribute("classifier") + "/" + a.getAttribute("id"), a);
        }
        return artifacts;
    }

    private static String filterOf(final Element e) {
        for (Element f : elements(e, "filter")) {
            if (f.getParentNode() == e) {
                return f.getTextContent();
            }
        }
        return null;
    }

    private static Element requirement(final Element unit, final String name) {
        return elements(unit, "required").stream().filter(r -> r.getAttribute("name").equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError(unit.getAttribute("id") + " does not require " + name));
    }

    /**
     * The features' source folders: the main feature, and the optional GPU feature where the build published it
     * (profile cuda-fragment).
     */
    private static List<Path> features() throws Exception {
        List<Path> features = new ArrayList<>(List.of(Path.of("../org.example.dim.feature")));
        try (var s = Files.list(SITE.resolve("features"))) {
            if (s.anyMatch(f -> f.getFileName().toString().startsWith("org.example.dim.cuda.feature_"))) {
                features.add(Path.of("../org.example.dim.cuda.feature"));
            }
        }
        return features;
    }

    @Test
    void everyPluginOfEachFeatureIsPublishedWithMatchingUnitAndArtifact() throws Exception {
        List<Path> features = features();
        for (Path feature : features) {
            checkFeature(feature);
        }
        try (var s = Files.list(SITE.resolve("features"))) {
            assertEquals(features.size(), s.count(), "published features");
        }
    }

    private static void checkFeature(final Path folder) throws Exception {
        Map<String, Element> units = units();
        Map<String, Element> artifacts = artifacts();
        FeatureXml source = new FeatureXml(Files.newInputStream(folder.resolve("feature.xml")));
        Path featureJar;
        try (var s = Files.list(SITE.resolve("features"))) {
            featureJar = s.filter(f -> f.getFileName().toString().startsWith(source.id() + "_")).findFirst()
                .orElseThrow(() -> new AssertionError("feature " + source.id() + " is not published"));
        }
        FeatureXml published;
        try (ZipFile z = new ZipFile(featureJar.toFile())) {
            published = new FeatureXml(z.getInputStream(z.getEntry("feature.xml")));
        }
        assertEquals(source.id(), published.id());
        assertEquals(featureJar.getFileName().toString(), published.id() + "_" + published.version() + ".jar");
        Element group = units.get(source.id() + ".feature.group");
        assertNotNull(group, "no feature group");
        assertEquals(published.version(), group.getAttribute("version"));
        assertEquals(source.plugins().size(), published.plugins().size());
        for (FeatureXml.Plugin plugin : published.plugins()) {
            Path jar = SITE.resolve("plugins").resolve(plugin.id() + "_" + plugin.version() + ".jar");
            assertTrue(Files.isRegularFile(jar), jar + " is missing");
            BundleJar bundle = BundleJar.read(jar);
            assertEquals(plugin.id(), bundle.symbolicName());
            assertEquals(plugin.version(), bundle.version(), "version in " + jar);
            assertTrue(!bundle.version().endsWith("qualifier"), "qualifier not expanded in " + jar);
            Element unit = units.get(plugin.id());
            assertNotNull(unit, "no unit for " + plugin.id());
            assertEquals(plugin.version(), unit.getAttribute("version"));
            Element artifact = artifacts.get("osgi.bundle/" + plugin.id());
            assertNotNull(artifact, "no artifact for " + plugin.id());
            assertEquals(plugin.version(), artifact.getAttribute("version"));
            assertEquals(String.valueOf(Files.size(jar)), property(artifact, "artifact.size"));
            Element required = requirement(group, plugin.id());
            assertEquals("[" + plugin.version() + "," + plugin.version() + "]", required.getAttribute("range"));
            assertEquals(plugin.filter(), filterOf(required), "feature group's filter on " + plugin.id());
            assertEquals(plugin.fragment(), bundle.isFragment(), plugin.id());
            if (bundle.isFragment()) {
                assertEquals(plugin.filter(), filterOf(unit), "the fragment unit's own platform filter");
                assertEquals(bundle.platformFilter(), filterOf(unit));
            }
        }
        assertEquals(source.filter(), filterOf(group), "the feature's platform");
        for (FeatureXml.Import i : source.imports()) {
            assertEquals(Versions.range(i.version(), i.match()), requirement(group, i.unit()).getAttribute("range"));
        }
        Element featureJarUnit = units.get(source.id() + ".feature.jar");
        assertNotNull(featureJarUnit);
        assertNotNull(artifacts.get("org.eclipse.update.feature/" + source.id()));
        assertEquals(published.version(), requirement(group, source.id() + ".feature.jar").getAttribute("range")
            .replaceAll("^\\[([^,]*),.*", "$1"));
    }

    private static String property(final Element artifact, final String name) {
        return elements(artifact, "property").stream().filter(p -> p.getAttribute("name").equals(name))
            .map(p -> p.getAttribute("value")).findFirst().orElseThrow();
    }

    @Test
    void theCategoryHoldsTheFeaturesAndSizesAreRight() throws Exception {
        Element category = units().values().stream().filter(u -> elements(u, "property").stream().anyMatch(
            p -> p.getAttribute("name").equals("org.eclipse.equinox.p2.type.category"))).findFirst().orElseThrow();
        for (Path feature : features()) {
            String group = new FeatureXml(Files.newInputStream(feature.resolve("feature.xml"))).id()
                + ".feature.group";
            Element required = requirement(category, group);
            assertEquals(units().get(group).getAttribute("version"),
                required.getAttribute("range").replaceAll("^\\[([^,]*),.*", "$1"));
        }
        Document content = parse(Files.newInputStream(SITE.resolve("content.xml")));
        NodeList all = content.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element)all.item(i);
            if (e.hasAttribute("size")) {
                assertEquals(Integer.parseInt(e.getAttribute("size")), elements(e, "*").stream()
                    .filter(c -> c.getParentNode() == e).count(), "size of " + e.getTagName());
            }
        }
        assertTrue(Files.readString(SITE.resolve("p2.index")).contains("content.xml"));
    }

    @Test
    void bundleClassPathsMatchTheEmbeddedJarsAndTheEngineExportsAllItsPackages() throws Exception {
        try (var s = Files.list(SITE.resolve("plugins"))) {
            for (Path jar : s.toList()) {
                BundleJar bundle = BundleJar.read(jar);
                String classPath = bundle.manifest().getMainAttributes().getValue("Bundle-ClassPath");
                try (JarFile j = new JarFile(jar.toFile())) {
                    Set<String> listed = new TreeSet<>();
                    for (OsgiHeader.Clause entry : OsgiHeader.parse(classPath).clauses()) {
                        assertTrue(entry.name().equals(".") || j.getEntry(entry.name()) != null,
                            jar.getFileName() + " lacks " + entry.name() + " of its Bundle-ClassPath");
                        listed.add(entry.name());
                    }
                    // a library the build embeds but the hand-written MANIFEST forgets would be invisible in OSGi
                    j.stream().map(e -> e.getName()).filter(n -> n.startsWith("lib/") && n.endsWith(".jar"))
                        .forEach(n -> assertTrue(listed.contains(n), jar.getFileName() + ": " + n
                            + " is embedded but not on Bundle-ClassPath"));
                    if (bundle.symbolicName().equals("org.example.dim.engine")) {
                        Set<String> exported = new TreeSet<>();
                        bundle.exportedPackages().clauses().forEach(c -> exported.add(c.name()));
                        Set<String> own = new TreeSet<>();
                        j.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class") && n.contains("/"))
                            .forEach(n -> own.add(n.substring(0, n.lastIndexOf('/')).replace('/', '.')));
                        assertTrue(exported.containsAll(own), "the engine bundle exports each of its packages: "
                            + own + " vs " + exported);
                    }
                }
            }
        }
    }
}
