package org.example.dim.engine.sitenet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.example.dim.engine.chem.Element;
import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.crystal.Site;
import org.example.dim.engine.crystal.Structure;

/**
 * The smallest cell that reproduces a structure within a tolerance, as pymatgen 2022.11
 * {@code Structure.get_primitive_structure(tolerance)} finds it (reference §1.2 step 1), Niggli-reduced
 * as pymatgen reduces it. A structure with no smaller cell is returned as it is (the same object: same
 * lattice, same site order).
 *
 * <p>The search, restated:
 * <ol>
 * <li>Sites are grouped by species and occupancies (pymatgen's species string), groups in the
 *     string's order. The number of formula units is the gcd of the group sizes; at 1 there is nothing
 *     to find.</li>
 * <li>Candidate translations are the differences from the first site of the smallest group to its
 *     sites. A candidate survives when it carries every site onto a site of its own group within twice
 *     the tolerance, measured per axis in fractional units ({@code tolerance / |a_k|}).</li>
 * <li>Sub-lattices are tried in Hermite normal form, {@code M = [[a,b,c],[0,e,f],[0,0,g]]}, by
 *     increasing determinant d (a divisor of the formula units) and in a fixed order within each d.
 *     M is kept when each row of M⁻¹ (a vector of the new lattice, in old fractional coordinates) is
 *     within the tolerance of a surviving candidate.</li>
 * <li>In the new cell {@code M⁻¹·L} the sites of each group must fall into cliques of exactly d sites
 *     that coincide within the tolerance (per axis of the new cell) and are not neighbours of each other
 *     in the old cell. Each clique becomes one site at the running mean of its positions.</li>
 * <li>The search repeats on the new cell. pymatgen Niggli-reduces once per smaller cell found, on the
 *     way back out of its recursion; that is kept, because its reduction is not always idempotent (see
 *     {@link NiggliReduction}).</li>
 * </ol>
 * Sites of a reduced result are grouped by species, in the group order above, and wrapped into [0, 1).
 * Thread-safe; instances hold only the tolerance.
 */
public final class PrimitiveCellFinder {

    /** pymatgen's {@code PrimitiveCellTransformation} default, in Å. */
    public static final double DEFAULT_TOLERANCE = 0.5;

    private static final Comparator<Element> SPECIES_ORDER = Comparator
            .<Element>comparingDouble(e -> e.electronegativity().orElse(Double.POSITIVE_INFINITY))
            .thenComparing(Element::symbol);

    private final double tolerance;

    /** A finder with the default tolerance of 0.5 Å. */
    public PrimitiveCellFinder() {
        this(DEFAULT_TOLERANCE);
    }

    /** @param toleranceAngstrom how far (Å, per cell axis) a site may be from its image and still match */
    public PrimitiveCellFinder(double toleranceAngstrom) {
        if (!(toleranceAngstrom > 0) || !Double.isFinite(toleranceAngstrom)) {
            throw new IllegalArgumentException("tolerance must be a positive number of Å, got " + toleranceAngstrom);
        }
        this.tolerance = toleranceAngstrom;
    }

    public double tolerance() {
        return tolerance;
    }

    /**
     * The primitive cell of {@code structure}, or {@code structure} itself when no smaller cell exists.
     *
     * @throws IllegalArgumentException when the structure has no sites, or its cell no volume
     */
    public Structure find(Structure structure) {
        Objects.requireNonNull(structure, "structure");
        if (structure.size() == 0) {
            throw new IllegalArgumentException("cannot find the primitive cell of a structure without sites");
        }
        double volume = structure.lattice().volume();
        if (!(volume > 0) || !Double.isFinite(volume)) {
            throw new IllegalArgumentException("cannot find the primitive cell of a cell without volume (" + volume
                    + " Å³)");
        }
        Cell cell = Cell.of(structure);
        List<double[]> steps = new ArrayList<>(2);
        for (Cell next; (next = smaller(cell)) != null; ) {
            cell = next;
            steps.add(cell.fromParent());
        }
        if (steps.isEmpty()) {
            return structure;
        }
        return reduced(cell, structure.lattice(), steps);
    }

    /**
     * A Niggli-reduced basis of {@code lattice}'s lattice, as pymatgen's
     * {@code Lattice.get_niggli_reduced_lattice(tol)} returns it for the same matrix: the metric of its
     * Křivý–Gruber reduction (its quirks included, see {@link NiggliReduction}), realised by the first
     * matching vectors in its search order, right-handed. The vectors stay in {@code lattice}'s
     * cartesian frame.
     *
     * @param relativeTolerance ε relative to the cube root of the volume; pymatgen's default is 1e-5
     */
    public static Lattice niggliReduced(Lattice lattice, double relativeTolerance) {
        double[][] m = lattice.matrix();
        double[][] t = NiggliReduction.pymatgenChange(m, relativeTolerance);
        return new Lattice(t != null ? multiply(t, m) : NiggliReduction.reduce(m, relativeTolerance));
    }

    // ---------------------------------------------------------------------------------------------
    // One step of the search

    /** A cell smaller by an integer factor, or null when there is none. */
    private Cell smaller(Cell cell) {
        int groups = cell.groupCount();
        int formulaUnits = 0;
        int smallest = 0;
        for (int g = 0; g < groups; g++) {
            formulaUnits = gcd(formulaUnits, cell.groupSize(g));
            if (cell.groupSize(g) < cell.groupSize(smallest)) {
                smallest = g;
            }
        }
        if (formulaUnits < 2) {
            return null;
        }
        double[] superTol = fractionalTolerance(cell.lattice);
        double[] candidates = candidates(cell, smallest, superTol);
        int candidateCount = candidates.length / 3;
        if (candidateCount < 2) {
            return null;
        }
        boolean[][] nonNeighbours = null;
        double[] inv = new double[9];
        int[] m = new int[9];
        for (int det = 2; det <= formulaUnits; det++) {
            if (formulaUnits % det != 0) {
                continue;
            }
            for (int a = 1; a <= det; a++) {
                if (det % a != 0) {
                    continue;
                }
                for (int e = 1; e <= det / a; e++) {
                    if ((det / a) % e != 0) {
                        continue;
                    }
                    int g = det / a / e;
                    // Row 2 of M⁻¹ is (0, 0, 1/g) whatever b, c, f are.
                    if (!nearCandidate(0, 0, 1.0 / g, candidates, candidateCount, superTol)) {
                        continue;
                    }
                    for (int b = 0; b < a; b++) {
                        for (int c = 0; c < a; c++) {
                            for (int ff = 0; ff < e; ff++) {
                                hnfInverse(a, b, c, e, ff, g, inv);
                                if (!nearCandidate(inv[0], inv[1], inv[2], candidates, candidateCount, superTol)
                                        || !nearCandidate(inv[3], inv[4], inv[5], candidates, candidateCount,
                                                superTol)) {
                                    continue;
                                }
                                if (nonNeighbours == null) {
                                    nonNeighbours = nonNeighbours(cell, superTol);
                                }
                                m[0] = a; m[1] = b; m[2] = c;
                                m[3] = 0; m[4] = e; m[5] = ff;
                                m[6] = 0; m[7] = 0; m[8] = g;
                                Cell next = merge(cell, m, inv, det, nonNeighbours);
                                if (next != null) {
                                    return next;
                                }
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * The translations from the first site of group {@code smallest} to each of its sites (unwrapped,
     * as differences of the stored coordinates) that carry every site of every group onto a site of the
     * same group within twice the tolerance per axis; packed as x, y, z triples.
     */
    private static double[] candidates(Cell cell, int smallest, double[] superTol) {
        double[] f = cell.frac;
        int start = cell.groupStart[smallest];
        int size = cell.groupSize(smallest);
        double t0 = 2 * superTol[0], t1 = 2 * superTol[1], t2 = 2 * superTol[2];
        double[] out = new double[3 * size];
        int count = 0;
        for (int q = 0; q < size; q++) {
            int s = start + q;
            double vx = f[3 * s] - f[3 * start];
            double vy = f[3 * s + 1] - f[3 * start + 1];
            double vz = f[3 * s + 2] - f[3 * start + 2];
            boolean maps = true;
            for (int g = 0; g < cell.groupCount() && maps; g++) {
                int lo = cell.groupStart[g], hi = cell.groupStart[g + 1];
                for (int i = lo; i < hi && maps; i++) {
                    boolean found = false;
                    for (int p = lo; p < hi && !found; p++) {
                        found = within(vx - (f[3 * p] - f[3 * i]), t0)
                                && within(vy - (f[3 * p + 1] - f[3 * i + 1]), t1)
                                && within(vz - (f[3 * p + 2] - f[3 * i + 2]), t2);
                    }
                    maps = found;
                }
            }
            if (maps) {
                out[3 * count] = vx;
                out[3 * count + 1] = vy;
                out[3 * count + 2] = vz;
                count++;
            }
        }
        return java.util.Arrays.copyOf(out, 3 * count);
    }

    /** Whether {@code (x, y, z)} is within the per-axis tolerance of one of the candidates, modulo whole cells. */
    private static boolean nearCandidate(double x, double y, double z, double[] candidates, int count, double[] tol) {
        for (int q = 0; q < count; q++) {
            if (within(x - candidates[3 * q], tol[0]) && within(y - candidates[3 * q + 1], tol[1])
                    && within(z - candidates[3 * q + 2], tol[2])) {
                return true;
            }
        }
        return false;
    }

    /** Per group, which pairs of sites are not neighbours (apart by more than twice the tolerance on some axis). */
    private static boolean[][] nonNeighbours(Cell cell, double[] superTol) {
        double[] f = cell.frac;
        double t0 = 2 * superTol[0], t1 = 2 * superTol[1], t2 = 2 * superTol[2];
        boolean[][] out = new boolean[cell.groupCount()][];
        for (int g = 0; g < cell.groupCount(); g++) {
            int lo = cell.groupStart[g];
            int size = cell.groupSize(g);
            boolean[] nn = new boolean[size * size];
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    int si = lo + i, sj = lo + j;
                    nn[i * size + j] = i == j || beyond(f[3 * si] - f[3 * sj], t0)
                            || beyond(f[3 * si + 1] - f[3 * sj + 1], t1) || beyond(f[3 * si + 2] - f[3 * sj + 2], t2);
                }
            }
            out[g] = nn;
        }
        return out;
    }

    /**
     * The cell {@code M⁻¹·L} with the sites merged, or null when some group does not fall into cliques of
     * {@code det} coinciding sites.
     */
    private Cell merge(Cell cell, int[] m, double[] inv, int det, boolean[][] nonNeighbours) {
        double[][] l = cell.lattice;
        double[][] rows = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                rows[i][k] = inv[3 * i] * l[0][k] + inv[3 * i + 1] * l[1][k] + inv[3 * i + 2] * l[2][k];
            }
        }
        double[] tol = fractionalTolerance(rows);
        int n = cell.size();
        double[] f = cell.frac;
        double[] p = new double[3 * n];
        for (int s = 0; s < n; s++) {
            for (int k = 0; k < 3; k++) {
                p[3 * s + k] = f[3 * s] * m[k] + f[3 * s + 1] * m[3 + k] + f[3 * s + 2] * m[6 + k];
            }
        }
        int newSize = n / det;
        double[] out = new double[3 * newSize];
        Site[] templates = new Site[newSize];
        int[] groupStart = new int[cell.groupCount() + 1];
        int written = 0;
        int maxGroup = 0;
        for (int g = 0; g < cell.groupCount(); g++) {
            maxGroup = Math.max(maxGroup, cell.groupSize(g));
        }
        boolean[] together = new boolean[maxGroup * maxGroup];
        boolean[] added = new boolean[maxGroup];
        int[] members = new int[maxGroup];
        for (int g = 0; g < cell.groupCount(); g++) {
            int lo = cell.groupStart[g];
            int size = cell.groupSize(g);
            boolean[] nn = nonNeighbours[g];
            for (int i = 0; i < size; i++) {
                int count = 0;
                for (int j = 0; j < size; j++) {
                    int si = 3 * (lo + i), sj = 3 * (lo + j);
                    boolean t = nn[i * size + j] && within(p[si] - p[sj], tol[0]) && within(p[si + 1] - p[sj + 1], tol[1])
                            && within(p[si + 2] - p[sj + 2], tol[2]);
                    together[i * size + j] = t;
                    if (t) {
                        count++;
                    }
                }
                if (count != det) {
                    return null;
                }
            }
            // Every member of a site's set must be together with every other member.
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    if (!together[i * size + j]) {
                        continue;
                    }
                    for (int k = 0; k < size; k++) {
                        if (together[i * size + k] && !together[j * size + k]) {
                            return null;
                        }
                    }
                }
            }
            groupStart[g] = written;
            java.util.Arrays.fill(added, 0, size, false);
            for (int i = 0; i < size; i++) {
                if (added[i]) {
                    continue;
                }
                int count = 0;
                for (int j = 0; j < size; j++) {
                    if (together[i * size + j]) {
                        added[j] = true;
                        members[count++] = j;
                    }
                }
                int first = 3 * (lo + members[0]);
                double x = wrap(p[first]), y = wrap(p[first + 1]), z = wrap(p[first + 2]);
                for (int q = 1; q < count; q++) {
                    int s = 3 * (lo + members[q]);
                    double dx = wrap(p[s]) - x, dy = wrap(p[s + 1]) - y, dz = wrap(p[s + 2]) - z;
                    x += (dx - Math.rint(dx)) / (q + 1);
                    y += (dy - Math.rint(dy)) / (q + 1);
                    z += (dz - Math.rint(dz)) / (q + 1);
                }
                if (written == newSize) {
                    return null;
                }
                out[3 * written] = x;
                out[3 * written + 1] = y;
                out[3 * written + 2] = z;
                templates[written] = cell.templates[lo + members[0]];
                written++;
            }
        }
        groupStart[cell.groupCount()] = written;
        if (written != newSize) {
            return null;
        }
        return new Cell(rows, out, templates, groupStart, inv.clone());
    }

    /** Rows of M⁻¹ for the Hermite normal form {@code M = [[a,b,c],[0,e,f],[0,0,g]]}, row-major into {@code out}. */
    private static void hnfInverse(int a, int b, int c, int e, int f, int g, double[] out) {
        out[0] = 1.0 / a;
        out[1] = -(double) b / ((double) a * e);
        out[2] = ((double) b * f - (double) c * e) / ((double) a * e * g);
        out[3] = 0;
        out[4] = 1.0 / e;
        out[5] = -(double) f / ((double) e * g);
        out[6] = 0;
        out[7] = 0;
        out[8] = 1.0 / g;
    }

    // ---------------------------------------------------------------------------------------------
    // Niggli reduction of the result

    /**
     * pymatgen's {@code get_reduced_structure()}, once per smaller cell found, then the sites wrapped into
     * [0, 1).
     *
     * <p>Which of several equally reduced bases pymatgen ends on depends on its cartesian frame: exact
     * ties in the LLL step (a projection of exactly ½, as in centred cells) are broken by the rounding
     * noise of that frame (c along z, {@code cos 90° = 6.1e-17}), and its final choice of vectors
     * follows the order of a neighbour search over cartesian cubes. So the integer change of basis is
     * decided on a copy of the lattice in pymatgen's frame, carried through the same steps, and then
     * applied to this cell's vectors, which keep the input's frame.
     */
    private static Structure reduced(Cell cell, Lattice input, List<double[]> steps) {
        int n = cell.size();
        double[][] current = cell.lattice;
        double[][] shadow = pymatgenFrame(input);
        for (double[] inv : steps) {
            shadow = multiply(inv, shadow);
        }
        double[] f = cell.frac.clone();
        double[] in = new double[3];
        double[] cart = new double[3];
        for (int t = 0; t < steps.size(); t++) {
            double[][] change = basisChange(shadow, current);
            if (isIdentity(change)) {
                continue;
            }
            double[][] reduced = multiply(change, current);
            Lattice from = new Lattice(current);
            Lattice to = new Lattice(reduced);
            for (int s = 0; s < n; s++) {
                in[0] = f[3 * s];
                in[1] = f[3 * s + 1];
                in[2] = f[3 * s + 2];
                from.toCartesian(in, cart);
                to.toFractional(cart, in);
                f[3 * s] = wrap(in[0]);
                f[3 * s + 1] = wrap(in[1]);
                f[3 * s + 2] = wrap(in[2]);
            }
            current = reduced;
            shadow = multiply(change, shadow);
        }
        List<Site> sites = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            sites.add(cell.templates[s].movedTo(new double[] {wrap(f[3 * s]), wrap(f[3 * s + 1]), wrap(f[3 * s + 2])}));
        }
        return new Structure(new Lattice(current), sites);
    }

    /**
     * The unimodular integer matrix T with {@code T·basis} the Niggli-reduced basis, decided on
     * {@code shadow} (the same lattice in pymatgen's frame); decided on {@code basis} itself should
     * the shadow not give a unimodular T.
     */
    private static double[][] basisChange(double[][] shadow, double[][] basis) {
        double[][] t = NiggliReduction.pymatgenChange(shadow, NiggliReduction.DEFAULT_TOLERANCE);
        if (t == null) {
            t = integerChange(NiggliReduction.reduce(shadow, NiggliReduction.DEFAULT_TOLERANCE), shadow);
        }
        if (t == null) {
            t = integerChange(NiggliReduction.reduce(basis, NiggliReduction.DEFAULT_TOLERANCE), basis);
        }
        if (t == null) {
            throw new IllegalStateException("Niggli reduction left the lattice");
        }
        return t;
    }

    /** {@code rint(reduced · basis⁻¹)} when it is a unimodular integer matrix reproducing {@code reduced}, else null. */
    private static double[][] integerChange(double[][] reduced, double[][] basis) {
        double[][] t = multiply(reduced, new Lattice(basis).toFractionalMatrix());
        for (double[] row : t) {
            for (int k = 0; k < 3; k++) {
                double r = Math.rint(row[k]);
                if (Math.abs(row[k] - r) > 1e-6) {
                    return null;
                }
                row[k] = r;
            }
        }
        return Math.abs(Math.abs(NiggliReduction.det(t)) - 1) < 0.5 ? t : null;
    }

    private static boolean isIdentity(double[][] t) {
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                if (t[i][k] != (i == k ? 1 : 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code a · b} for 3×3 matrices, {@code a} row-major flat. */
    private static double[][] multiply(double[] a, double[][] b) {
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                out[i][k] = a[3 * i] * b[0][k] + a[3 * i + 1] * b[1][k] + a[3 * i + 2] * b[2][k];
            }
        }
        return out;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        return multiply(new double[] {a[0][0], a[0][1], a[0][2], a[1][0], a[1][1], a[1][2], a[2][0], a[2][1], a[2][2]}, b);
    }

    /**
     * The lattice as pymatgen's {@code Lattice.from_parameters} builds it from a CIF's cell parameters (c
     * along z, a in the xz-plane), the parameters first snapped back to the 8 decimals that CIF files
     * written by pymatgen carry when they are within 1e-10 (relative) of them.
     */
    static double[][] pymatgenFrame(Lattice l) {
        double a = snap(l.a()), b = snap(l.b()), c = snap(l.c());
        double alpha = Math.toRadians(snap(l.alpha()));
        double beta = Math.toRadians(snap(l.beta()));
        double gamma = Math.toRadians(snap(l.gamma()));
        double ca = Math.cos(alpha), cb = Math.cos(beta), cg = Math.cos(gamma);
        double sa = Math.sin(alpha), sb = Math.sin(beta);
        double val = Math.max(-1, Math.min(1, (ca * cb - cg) / (sa * sb)));
        double gammaStar = Math.abs(val) < 1e-8 ? Math.PI / 2 - val : Math.acos(val);
        return new double[][] {{a * sb, 0.0, a * cb}, {-b * sa * Math.cos(gammaStar), b * sa * Math.sin(gammaStar), b * ca},
            {0.0, 0.0, c}};
    }

    private static double snap(double x) {
        double r = Math.rint(x * 1e8) / 1e8;
        return Math.abs(x - r) <= 1e-10 * Math.max(1, Math.abs(x)) ? r : x;
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    /** Per-axis tolerance in fractional units of each axis: {@code tolerance / |a_k|}. */
    private double[] fractionalTolerance(double[][] l) {
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            out[k] = tolerance / Math.sqrt(l[k][0] * l[k][0] + l[k][1] * l[k][1] + l[k][2] * l[k][2]);
        }
        return out;
    }

    /** Whether a fractional difference is within {@code tol} of a whole number. */
    private static boolean within(double d, double tol) {
        return Math.abs(d - Math.rint(d)) < tol;
    }

    /** Whether a fractional difference is farther than {@code tol} from every whole number. */
    private static boolean beyond(double d, double tol) {
        return Math.abs(d - Math.rint(d)) > tol;
    }

    /** Into [0, 1); a value that rounds up to 1 becomes 0. */
    private static double wrap(double x) {
        double w = x - Math.floor(x);
        return w >= 1.0 ? 0.0 : w;
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /**
     * pymatgen's species string: the symbol of an ordered site; otherwise each species with its
     * occupancy to three decimals, by electronegativity then symbol, {@code "Co:0.500, Fe:0.500"}.
     */
    static String speciesKey(Site site) {
        if (site.isOrdered()) {
            return site.species(0).symbol();
        }
        Integer[] order = new Integer[site.speciesCount()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparing(site::species, SPECIES_ORDER));
        StringBuilder sb = new StringBuilder();
        for (int i : order) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(site.species(i).symbol()).append(':')
                    .append(new BigDecimal(site.occupancy(i)).setScale(3, RoundingMode.HALF_EVEN).toPlainString());
        }
        return sb.toString();
    }

    /**
     * A cell under search: lattice rows, fractional coordinates packed x, y, z, the site each position
     * came from (species and label), and the sites grouped by species key, group g being
     * {@code [groupStart[g], groupStart[g+1])}; {@code fromParent} is M⁻¹ of the step that made it
     * (row-major), null for the input.
     */
    private record Cell(double[][] lattice, double[] frac, Site[] templates, int[] groupStart, double[] fromParent) {

        static Cell of(Structure s) {
            Map<String, List<Integer>> byKey = new TreeMap<>();
            List<Site> sites = s.sites();
            for (int i = 0; i < sites.size(); i++) {
                byKey.computeIfAbsent(speciesKey(sites.get(i)), k -> new ArrayList<>()).add(i);
            }
            int n = sites.size();
            double[] frac = new double[3 * n];
            Site[] templates = new Site[n];
            int[] groupStart = new int[byKey.size() + 1];
            int g = 0;
            int w = 0;
            for (List<Integer> group : byKey.values()) {
                groupStart[g++] = w;
                for (int i : group) {
                    Site site = sites.get(i);
                    frac[3 * w] = site.frac(0);
                    frac[3 * w + 1] = site.frac(1);
                    frac[3 * w + 2] = site.frac(2);
                    templates[w] = site;
                    w++;
                }
            }
            groupStart[g] = w;
            return new Cell(s.lattice().matrix(), frac, templates, groupStart, null);
        }

        int size() {
            return templates.length;
        }

        int groupCount() {
            return groupStart.length - 1;
        }

        int groupSize(int g) {
            return groupStart[g + 1] - groupStart[g];
        }
    }
}
