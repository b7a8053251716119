package org.example.dim.update;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An Eclipse feature.xml: the feature, its plugins (with os/arch filters) and its imports. */
final class FeatureXml {

    /** A plugin the feature installs; os and arch empty when it is for every platform. */
    record Plugin(String id, String version, String os, String arch, boolean fragment) {

        /** The p2 filter of a platform-specific plugin, or null. */
        String filter() {
            return platformFilter(os, arch);
        }
    }

    /** The p2 filter of an os and an arch (either may be empty), or null when both are. */
    private static String platformFilter(final String os, final String arch) {
        List<String> terms = new ArrayList<>();
        if (!os.isEmpty()) {
            terms.add("(osgi.os=" + os + ")");
        }
        if (!arch.isEmpty()) {
            terms.add("(osgi.arch=" + arch + ")");
        }
        return terms.isEmpty() ? null : terms.size() == 1 ? terms.get(0) : "(&" + String.join("", terms) + ")";
    }

    /**
     * What the feature needs beside its plugins: a plugin (KNIME's) or another feature, as the id of the p2 unit
     * that provides it (a feature's group unit).
     */
    record Import(String unit, String version, String match) {
    }

    private final Document document;

    FeatureXml(final InputStream in) throws IOException {
        try (in) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = f.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("feature.xml is not readable: " + e.getMessage(), e);
        }
    }

    private Element root() {
        return document.getDocumentElement();
    }

    String id() {
        return root().getAttribute("id");
    }

    String version() {
        return root().getAttribute("version");
    }

    String label() {
        return root().getAttribute("label");
    }

    String provider() {
        return root().getAttribute("provider-name");
    }

    /** The description as one paragraph: feature.xml's line breaks are only the source's. */
    String description() {
        return text("description").replaceAll("\\s+", " ");
    }

    String license() {
        return text("license");
    }

    String licenseUrl() {
        NodeList l = root().getElementsByTagName("license");
        return l.getLength() == 0 ? "" : ((Element)l.item(0)).getAttribute("url");
    }

    private String text(final String tag) {
        NodeList l = root().getElementsByTagName(tag);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().strip();
    }

    List<Plugin> plugins() {
        List<Plugin> out = new ArrayList<>();
        for (Element e : elements("plugin")) {
            out.add(new Plugin(e.getAttribute("id"), e.getAttribute("version"), e.getAttribute("os"),
                e.getAttribute("arch"), "true".equals(e.getAttribute("fragment"))));
        }
        return out;
    }

    List<Import> imports() {
        List<Import> out = new ArrayList<>();
        for (Element e : elements("import")) {
            String unit = e.hasAttribute("feature") ? e.getAttribute("feature") + ".feature.group"
                : e.getAttribute("plugin");
            out.add(new Import(unit, e.getAttribute("version"), e.getAttribute("match")));
        }
        return out;
    }

    /** The p2 filter of a feature for one platform (its os and arch attributes), or null. */
    String filter() {
        return platformFilter(root().getAttribute("os"), root().getAttribute("arch"));
    }

    private List<Element> elements(final String tag) {
        List<Element> out = new ArrayList<>();
        NodeList l = root().getElementsByTagName(tag);
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element)l.item(i));
        }
        return out;
    }

    /**
     * Pins the feature to a release: its own qualifier expanded and each plugin's version (0.0.0 in the sources)
     * set to the version of the bundle that is published with it.
     */
    void release(final String qualifier, final Map<String, String> bundleVersions) throws IOException {
        root().setAttribute("version", Versions.expand(version(), qualifier));
        for (Element e : elements("plugin")) {
            String v = bundleVersions.get(e.getAttribute("id"));
            if (v == null) {
                throw new IOException("feature " + id() + " lists plugin " + e.getAttribute("id")
                    + ", which is not among the published bundles");
            }
            e.setAttribute("version", v);
        }
    }

    byte[] toBytes() throws IOException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IOException("cannot write feature.xml: " + e.getMessage(), e);
        }
    }
}
