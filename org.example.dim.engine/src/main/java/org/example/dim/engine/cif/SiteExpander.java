package org.example.dim.engine.cif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.example.dim.engine.chem.Element;
import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.crystal.Site;
import org.example.dim.engine.symmetry.SymmetryOperation;

/**
 * Expands listed atoms by the symmetry operations to the full cell. Images closer than the merge
 * distance are one site: images of the same listed atom are the same atom (a special position);
 * different listed atoms on one place make a disordered site whose occupancies add up.
 */
final class SiteExpander {

    private final Lattice lattice;
    private final CifReadOptions options;
    private final String source;
    private final String block;

    SiteExpander(Lattice lattice, CifReadOptions options, String source, String block) {
        this.lattice = lattice;
        this.options = options;
        this.source = source;
        this.block = block;
    }

    /** A place in the cell and the listed atoms found on it. */
    private static final class Place {
        final double[] frac;
        final List<CifStructureBuilder.AtomSite> atoms = new ArrayList<>(1);

        Place(double[] frac) {
            this.frac = frac;
        }
    }

    List<Site> expand(List<CifStructureBuilder.AtomSite> atoms, List<SymmetryOperation> ops, List<String> warnings)
            throws CifParseException {
        if ((long) atoms.size() * ops.size() > options.maxSites()) {
            throw new CifParseException(source, block, 0, null, atoms.size() + " atoms × " + ops.size()
                    + " symmetry operations exceed the limit of " + options.maxSites() + " sites");
        }
        PlaceIndex places = new PlaceIndex(lattice, options.mergeDistance());
        double[] image = new double[3];
        for (CifStructureBuilder.AtomSite atom : atoms) {
            for (SymmetryOperation op : ops) {
                op.apply(atom.frac(), image);
                for (int k = 0; k < 3; k++) {
                    image[k] -= Math.floor(image[k]);
                    if (image[k] >= 1.0) {
                        image[k] = 0.0;
                    }
                }
                Place p = places.find(image);
                if (p == null) {
                    p = new Place(image.clone());
                    places.add(p.frac, p);
                    p.atoms.add(atom);
                } else if (!p.atoms.contains(atom)) {
                    p.atoms.add(atom);
                }
            }
        }
        List<Site> sites = new ArrayList<>(places.size());
        for (Place p : places.<Place>values()) {
            sites.add(toSite(p, warnings));
        }
        return sites;
    }

    private Site toSite(Place p, List<String> warnings) throws CifParseException {
        CifStructureBuilder.AtomSite first = p.atoms.get(0);
        if (p.atoms.size() == 1) {
            return new Site(first.label(), new Element[] {first.element()}, new double[] {first.occupancy()}, p.frac);
        }
        Map<Element, Double> occupancy = new LinkedHashMap<>();
        StringBuilder labels = new StringBuilder();
        for (CifStructureBuilder.AtomSite a : p.atoms) {
            occupancy.merge(a.element(), a.occupancy(), Double::sum);
            labels.append(labels.length() > 0 ? ", " : "").append(a.label());
        }
        double total = occupancy.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total > 1 + options.occupancyTolerance()) {
            throw new CifParseException(source, block, 0, "_atom_site_occupancy", "atoms " + labels
                    + " share one position with total occupancy " + String.format("%.4f", total));
        }
        double scale = 1.0;
        if (total > 1 + Site.OCCUPANCY_TOLERANCE) {
            scale = 1.0 / total;
            warnings.add("atoms " + labels + " share one position with total occupancy "
                    + String.format("%.4f", total) + ", scaled to 1");
        }
        Element[] elements = occupancy.keySet().toArray(new Element[0]);
        double[] occ = new double[elements.length];
        for (int i = 0; i < elements.length; i++) {
            occ[i] = occupancy.get(elements[i]) * scale;
        }
        return new Site(first.label(), elements, occ, p.frac);
    }
}
