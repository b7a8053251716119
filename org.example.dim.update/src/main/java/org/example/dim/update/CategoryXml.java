package org.example.dim.update;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Tycho's category.xml: the categories of "Install New Software" and which features each holds. */
record CategoryXml(List<CategoryXml.Category> categories) {

    record Category(String name, String label, String description, List<String> featureIds) {
    }

    static CategoryXml read(final Path file) throws IOException {
        Document d;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            d = f.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IOException(file + " is not readable: " + e.getMessage(), e);
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        NodeList features = d.getElementsByTagName("feature");
        for (int i = 0; i < features.getLength(); i++) {
            Element feature = (Element)features.item(i);
            NodeList in = feature.getElementsByTagName("category");
            for (int j = 0; j < in.getLength(); j++) {
                members.computeIfAbsent(((Element)in.item(j)).getAttribute("name"), k -> new ArrayList<>())
                    .add(feature.getAttribute("id"));
            }
        }
        List<Category> categories = new ArrayList<>();
        NodeList defs = d.getElementsByTagName("category-def");
        for (int i = 0; i < defs.getLength(); i++) {
            Element def = (Element)defs.item(i);
            NodeList description = def.getElementsByTagName("description");
            categories.add(new Category(def.getAttribute("name"), def.getAttribute("label"),
                description.getLength() == 0 ? "" : description.item(0).getTextContent().strip(),
                members.getOrDefault(def.getAttribute("name"), List.of())));
        }
        return new CategoryXml(categories);
    }
}
