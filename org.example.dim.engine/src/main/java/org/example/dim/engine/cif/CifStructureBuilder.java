package org.example.dim.engine.cif;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.example.dim.engine.chem.Element;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.crystal.Site;
import org.example.dim.engine.crystal.Structure;
import org.example.dim.engine.symmetry.SpaceGroupSetting;

/**
 * Turns one parsed block into a crystal structure: cell, symmetry operations (listed, or built from
 * the Hall symbol, Hermann–Mauguin symbol or number), atom sites, and their expansion to the full
 * cell with coinciding images merged.
 */
final class CifStructureBuilder {

    private static final String[] CELL_TAGS = {
        "_cell_length_a", "_cell_length_b", "_cell_length_c",
        "_cell_angle_alpha", "_cell_angle_beta", "_cell_angle_gamma"};

    private final CifReadOptions options;
    private final String source;
    private final CifBlock block;
    private final List<String> warnings = new ArrayList<>();
    /** Elements of {@code _chemical_formula_sum}, which settle ambiguous upper-case labels. */
    private final Set<Element> declaredElements;

    private CifStructureBuilder(CifReadOptions options, String source, CifBlock block) {
        this.options = options;
        this.source = source;
        this.block = block;
        warnings.addAll(block.warnings());
        CifValue formula = block.value("_chemical_formula_sum");
        declaredElements = AtomTypes.formulaElements(formula == null || formula.isMissing() ? null : formula.text());
    }

    /** Reads a block into a record; any problem becomes the record's error. */
    static CrystalRecord build(CifReadOptions options, String source, CifBlock block) {
        CifStructureBuilder b = new CifStructureBuilder(options, source, block);
        try {
            return b.build();
        } catch (CifParseException e) {
            return CrystalRecord.failed(source, block.name(), b.warnings, e.getMessage());
        }
    }

    private CrystalRecord build() throws CifParseException {
        Lattice lattice = readLattice();
        SymmetrySource symmetry = SymmetrySource.read(block, lattice.isRhombohedralShape(), this::fail, warnings);
        List<AtomSite> atoms = readAtomSites(lattice);
        List<Site> sites = new SiteExpander(lattice, options, source, block.name())
                .expand(atoms, symmetry.operations(), warnings);
        SpaceGroupSetting setting = symmetry.setting();
        String symbol = setting != null ? setting.hermannMauguin() : symmetry.declaredSymbol();
        int number = setting != null ? setting.number() : symmetry.declaredNumber();
        return new CrystalRecord(source, block.name(), new Structure(lattice, sites), symbol, number, warnings, null);
    }

    private Lattice readLattice() throws CifParseException {
        double[] p = new double[6];
        for (int i = 0; i < 6; i++) {
            CifValue v = block.value(CELL_TAGS[i]);
            if (v == null || v.isMissing()) {
                if (i < 3) {
                    throw fail(v == null ? block.line() : v.line(), CELL_TAGS[i],
                            v == null ? "cell length is missing" : "cell length is unknown ('" + v.text() + "')");
                }
                p[i] = 90.0;
                warnings.add(CELL_TAGS[i] + " missing: taken as 90°");
                continue;
            }
            p[i] = number(v, CELL_TAGS[i]);
        }
        try {
            return Lattice.fromParameters(p[0], p[1], p[2], p[3], p[4], p[5]);
        } catch (IllegalArgumentException e) {
            throw fail(block.value(CELL_TAGS[0]).line(), "_cell", e.getMessage());
        }
    }

    /** An atom as listed: element, occupancy, fractional position, label. */
    record AtomSite(String label, Element element, double occupancy, double[] frac) {
    }

    private List<AtomSite> readAtomSites(Lattice lattice) throws CifParseException {
        boolean fractional = block.has("_atom_site_fract_x");
        String xTag = fractional ? "_atom_site_fract_x" : "_atom_site_cartn_x";
        CifLoop loop = block.loopOf(xTag);
        if (loop == null && !block.has(xTag)) {
            throw fail(block.line(), "_atom_site_fract_x", "block has no atom sites");
        }
        String axes = fractional ? "_atom_site_fract_" : "_atom_site_cartn_";
        AtomTable table = loop != null ? AtomTable.of(loop) : AtomTable.of(block);
        int[] coordinateColumns = {table.column(axes + "x"), table.column(axes + "y"), table.column(axes + "z")};
        for (int k = 0; k < 3; k++) {
            if (coordinateColumns[k] < 0) {
                throw fail(table.line(), axes + "xyz".charAt(k), "atom site coordinate column is missing");
            }
        }
        int labelColumn = table.column("_atom_site_label");
        int typeColumn = table.column("_atom_site_type_symbol");
        int occupancyColumn = table.column("_atom_site_occupancy");
        int flagColumn = table.column("_atom_site_calc_flag");
        if (labelColumn < 0 && typeColumn < 0) {
            throw fail(table.line(), "_atom_site_label", "atom sites have neither labels nor type symbols");
        }
        List<AtomSite> atoms = new ArrayList<>(table.rows());
        int dummies = 0;
        boolean isotopeWarned = false;
        for (int r = 0; r < table.rows(); r++) {
            String label = labelColumn >= 0 ? table.value(r, labelColumn).text() : "#" + (r + 1);
            if (flagColumn >= 0 && table.value(r, flagColumn).text().equalsIgnoreCase("dum")) {
                dummies++;
                continue;
            }
            Element element = element(table, r, typeColumn, labelColumn, label);
            if (!isotopeWarned && AtomTypes.isHydrogenIsotope(typeColumn >= 0
                    && !table.value(r, typeColumn).isMissing() ? table.value(r, typeColumn).text() : label)) {
                warnings.add("deuterium/tritium (" + label + ") read as H");
                isotopeWarned = true;
            }
            double occupancy = 1.0;
            if (occupancyColumn >= 0 && !table.value(r, occupancyColumn).isMissing()) {
                occupancy = number(table.value(r, occupancyColumn), "_atom_site_occupancy");
                if (!(occupancy > 0) || occupancy > 1 + options.occupancyTolerance()) {
                    if (occupancy == 0) {
                        warnings.add("site " + label + " has occupancy 0 and is left out");
                        continue;
                    }
                    throw fail(table.value(r, occupancyColumn).line(), "_atom_site_occupancy",
                            "site " + label + " has occupancy " + table.value(r, occupancyColumn).text()
                                    + ", outside (0, 1]");
                }
            }
            double[] xyz = new double[3];
            for (int k = 0; k < 3; k++) {
                CifValue v = table.value(r, coordinateColumns[k]);
                if (v.isMissing()) {
                    throw fail(v.line(), axes + "xyz".charAt(k), "site " + label + " has no coordinate ('" + v.text() + "')");
                }
                xyz[k] = number(v, axes + "xyz".charAt(k));
            }
            atoms.add(new AtomSite(label, element, occupancy, fractional ? xyz : lattice.toFractional(xyz)));
        }
        if (dummies > 0) {
            warnings.add(dummies + " dummy site(s) (calc_flag dum) left out");
        }
        if (atoms.isEmpty()) {
            throw fail(table.line(), "_atom_site_label", "block has no atom sites");
        }
        return atoms;
    }

    private Element element(AtomTable table, int r, int typeColumn, int labelColumn, String label)
            throws CifParseException {
        if (typeColumn >= 0) {
            CifValue type = table.value(r, typeColumn);
            if (!type.isMissing()) {
                Optional<Element> e = AtomTypes.resolve(type.text(), true, declaredElements);
                if (e.isPresent()) {
                    return e.get();
                }
                if (labelColumn < 0) {
                    throw fail(type.line(), "_atom_site_type_symbol", "unknown element '" + type.text() + "' of site " + label);
                }
            }
        }
        CifValue labelValue = table.value(r, labelColumn);
        return AtomTypes.resolve(labelValue.text(), false, declaredElements).orElseThrow(() -> fail(labelValue.line(),
                "_atom_site_label", "no element can be read from site label '" + labelValue.text() + "'"));
    }

    private double number(CifValue v, String tag) throws CifParseException {
        try {
            return CifNumbers.parse(v.text());
        } catch (NumberFormatException e) {
            throw fail(v.line(), tag, e.getMessage());
        }
    }

    private CifParseException fail(int line, String tag, String reason) {
        return new CifParseException(source, block.name(), line, tag, reason);
    }

    /** The atom-site columns, from a loop or (for a single atom) from plain items. */
    private record AtomTable(CifLoop loop, CifBlock block, int line) {
        static AtomTable of(CifLoop loop) {
            return new AtomTable(loop, null, loop.line());
        }

        static AtomTable of(CifBlock block) {
            return new AtomTable(null, block, block.line());
        }

        int rows() {
            return loop != null ? loop.rows() : 1;
        }

        int column(String tag) {
            if (loop != null) {
                return loop.column(tag);
            }
            return block.has(tag) ? ATOM_ITEM_TAGS.indexOf(tag) : -1;
        }

        CifValue value(int row, int column) {
            return loop != null ? loop.value(row, column) : block.value(ATOM_ITEM_TAGS.get(column));
        }

        private static final List<String> ATOM_ITEM_TAGS = List.of(
                "_atom_site_label", "_atom_site_type_symbol", "_atom_site_occupancy", "_atom_site_calc_flag",
                "_atom_site_fract_x", "_atom_site_fract_y", "_atom_site_fract_z",
                "_atom_site_cartn_x", "_atom_site_cartn_y", "_atom_site_cartn_z");
    }

    /** Reports a located problem; implemented by {@link #fail}. */
    interface Failure {
        CifParseException at(int line, String tag, String reason);
    }
}
