package org.example.dim.engine.sitenet;

/**
 * Niggli reduction of a lattice basis: the numerically stable Křivý–Gruber algorithm of
 * Grosse-Kunstleve, Sauter and Adams (Acta Cryst. A60, 2004), started from an LLL-reduced basis,
 * with the step semantics of pymatgen 2022.11 {@code Lattice.get_niggli_reduced_lattice}, so that the
 * Site-Net reference's cells are met exactly.
 *
 * <p>pymatgen differs from the paper in one place: after step A1 (swap a, b) it tests A2 and picks the
 * signs of A3/A4 with the metric read <em>before</em> A1. When a ≈ b ≈ c this can end on a cell
 * that breaks a Niggli condition (for example b slightly longer than c, or one 60° angle where the
 * paper gives 120°). Those cells are still reduced bases of the same lattice, with the same
 * volume; they are only another choice among nearly equal ones. Following pymatgen here matters
 * because the Site-Net supercell rule reads the cell's axes in order.
 *
 * <p>The basis is transformed alongside the metric, so the result spans the same lattice in the same
 * cartesian frame; it is made right-handed at the end.
 */
final class NiggliReduction {

    /** pymatgen's default relative tolerance. */
    static final double DEFAULT_TOLERANCE = 1e-5;

    private static final int MAX_STEPS = 100;

    private static final int[][] A1 = {{0, -1, 0}, {-1, 0, 0}, {0, 0, -1}};
    private static final int[][] A2 = {{-1, 0, 0}, {0, 0, -1}, {0, -1, 0}};
    private static final int[][] A8 = {{1, 0, 1}, {0, 1, 1}, {0, 0, 1}};

    private NiggliReduction() {
    }

    /**
     * Rows of a Niggli-reduced basis of the lattice with rows {@code basis}.
     *
     * @param relativeTolerance tolerance ε relative to the cube root of the volume (pymatgen: 1e-5)
     */
    static double[][] reduce(double[][] basis, double relativeTolerance) {
        return run(basis, relativeTolerance)[0];
    }

    /** The reduced basis and its metric as the reduction computed it: {@code {basis, G}}. */
    private static double[][][] run(double[][] basis, double relativeTolerance) {
        double[][] b = LllReduction.reduce(basis);
        double volume = Math.abs(det(basis));
        if (!(volume > 0) || !Double.isFinite(volume)) {
            throw new IllegalArgumentException("cannot Niggli-reduce a lattice without volume (" + volume + " Å³)");
        }
        double e = relativeTolerance * Math.cbrt(volume);
        double[][] g = metric(b);
        for (int step = 0; step < MAX_STEPS; step++) {
            // The six numbers as read at the top of the pass; A2 and A3/A4 use these even after A1.
            double a = g[0][0], bb = g[1][1], c = g[2][2];
            double xi = 2 * g[1][2], eta = 2 * g[0][2], zeta = 2 * g[0][1];
            if (a > bb + e || (Math.abs(a - bb) < e && Math.abs(xi) > Math.abs(eta) + e)) {
                g = transform(g, A1);
                b = apply(b, A1);
            }
            if (bb > c + e || (Math.abs(bb - c) < e && Math.abs(eta) > Math.abs(zeta) + e)) {
                g = transform(g, A2);
                b = apply(b, A2);
                continue;
            }
            int l = sign(xi, e);
            int m = sign(eta, e);
            int n = sign(zeta, e);
            int[][] flip;
            if (l * m * n == 1) {
                flip = diag(l == -1 ? -1 : 1, m == -1 ? -1 : 1, n == -1 ? -1 : 1);
            } else {
                int i = l == 1 ? -1 : 1;
                int j = m == 1 ? -1 : 1;
                int k = n == 1 ? -1 : 1;
                if (i * j * k == -1) {
                    if (n == 0) {
                        k = -1;
                    } else if (m == 0) {
                        j = -1;
                    } else if (l == 0) {
                        i = -1;
                    }
                }
                flip = diag(i, j, k);
            }
            g = transform(g, flip);
            b = apply(b, flip);

            a = g[0][0];
            bb = g[1][1];
            c = g[2][2];
            xi = 2 * g[1][2];
            eta = 2 * g[0][2];
            zeta = 2 * g[0][1];
            int[][] next = null;
            if (Math.abs(xi) > bb + e || (Math.abs(xi - bb) < e && 2 * eta < zeta - e)
                    || (Math.abs(xi + bb) < e && zeta < -e)) {
                next = new int[][] {{1, 0, 0}, {0, 1, -(int) Math.signum(xi)}, {0, 0, 1}};
            } else if (Math.abs(eta) > a + e || (Math.abs(a - eta) < e && 2 * xi < zeta - e)
                    || (Math.abs(a + eta) < e && zeta < -e)) {
                next = new int[][] {{1, 0, -(int) Math.signum(eta)}, {0, 1, 0}, {0, 0, 1}};
            } else if (Math.abs(zeta) > a + e || (Math.abs(a - zeta) < e && 2 * xi < eta - e)
                    || (Math.abs(a + zeta) < e && eta < -e)) {
                next = new int[][] {{1, -(int) Math.signum(zeta), 0}, {0, 1, 0}, {0, 0, 1}};
            } else {
                double sum = xi + eta + zeta + a + bb;
                if (sum < -e || (Math.abs(sum) < e && e < zeta + (a + eta) * 2)) {
                    next = A8;
                }
            }
            if (next == null) {
                break;
            }
            g = transform(g, next);
            b = apply(b, next);
        }
        if (det(b) < 0) {
            for (double[] row : b) {
                for (int k = 0; k < 3; k++) {
                    row[k] = -row[k];
                }
            }
        }
        return new double[][][] {b, g};
    }

    /**
     * The basis that pymatgen's {@code get_niggli_reduced_lattice} returns for {@code basis}, as the
     * integer rows T with {@code T·basis} that basis; null when its search finds none.
     *
     * <p>pymatgen keeps only the metric of the reduction, (a, b, c, α, β, γ), and then takes the first
     * triple of lattice vectors of {@code basis} that has those lengths (within ε, relative) and angles
     * (within 1°), in the order in which its neighbour search lists the lattice points within the
     * longest length; the basis is negated when left-handed. Where the lattice has several such triples
     * (its own symmetry), which one is met first decides the fractional coordinates of the sites, and
     * for a lattice symmetry that is not a symmetry of the crystal, the Site-Net supercell. So that
     * search is followed here, order included.
     */
    static double[][] pymatgenChange(double[][] basis, double relativeTolerance) {
        double[][] g = run(basis, relativeTolerance)[1];
        double a = Math.sqrt(g[0][0]), b = Math.sqrt(g[1][1]), c = Math.sqrt(g[2][2]);
        double alpha = Math.acos(clamp(2 * g[1][2] / 2 / b / c)) / Math.PI * 180;
        double beta = Math.acos(clamp(2 * g[0][2] / 2 / a / c)) / Math.PI * 180;
        double gamma = Math.acos(clamp(2 * g[0][1] / 2 / a / b)) / Math.PI * 180;
        double ltol = relativeTolerance * Math.cbrt(Math.abs(det(basis)));
        double[] lengths = {a, b, c};
        int[] points = pointsInSphere(basis, Math.max(a, Math.max(b, c)) * (1 + ltol));
        int count = points.length / 3;
        // Cartesian vector, length and the lattice-length class of each point, in the search's order.
        double[][] cart = new double[count][3];
        double[] dist = new double[count];
        for (int q = 0; q < count; q++) {
            for (int k = 0; k < 3; k++) {
                cart[q][k] = points[3 * q] * basis[0][k] + points[3 * q + 1] * basis[1][k] + points[3 * q + 2] * basis[2][k];
            }
            dist[q] = Math.sqrt(cart[q][0] * cart[q][0] + cart[q][1] * cart[q][1] + cart[q][2] * cart[q][2]);
        }
        int[][] byLength = new int[3][];
        for (int axis = 0; axis < 3; axis++) {
            int[] sel = new int[count];
            int n = 0;
            for (int q = 0; q < count; q++) {
                double ratio = dist[q] / lengths[axis];
                if (ratio < 1 + ltol && ratio > 1 / (1 + ltol)) {
                    sel[n++] = q;
                }
            }
            byLength[axis] = java.util.Arrays.copyOf(sel, n);
        }
        int[] ca = byLength[0], cb = byLength[1], cc = byLength[2];
        for (int i : ca) {
            for (int j : cb) {
                if (!(Math.abs(angle(cart[i], cart[j], dist[i], dist[j]) - gamma) < 1)) {
                    continue;
                }
                for (int k : cc) {
                    if (!(Math.abs(angle(cart[j], cart[k], dist[j], dist[k]) - alpha) < 1)
                            || !(Math.abs(angle(cart[i], cart[k], dist[i], dist[k]) - beta) < 1)) {
                        continue;
                    }
                    double[][] t = {
                        {points[3 * i], points[3 * i + 1], points[3 * i + 2]},
                        {points[3 * j], points[3 * j + 1], points[3 * j + 2]},
                        {points[3 * k], points[3 * k + 1], points[3 * k + 2]}};
                    double d = det(t);
                    if (Math.abs(d) < 1e-8) {
                        continue;
                    }
                    double[][] aligned = {cart[i], cart[j], cart[k]};
                    if (det(aligned) <= 0) {
                        for (double[] row : t) {
                            for (int x = 0; x < 3; x++) {
                                row[x] = -row[x];
                            }
                        }
                    }
                    return t;
                }
            }
        }
        return null;
    }

    /** Angle in degrees between two vectors of the given lengths, the cosine clipped to [−1, 1]. */
    private static double angle(double[] u, double[] v, double lu, double lv) {
        double x = (u[0] * v[0] + u[1] * v[1] + u[2] * v[2]) / lu / lv;
        return Math.acos(clamp(x)) * 180.0 / Math.PI;
    }

    private static double clamp(double x) {
        return x > 1 ? 1 : x < -1 ? -1 : x;
    }

    /**
     * The lattice points (integer coordinates, packed) within {@code radius} of the origin, listed as
     * pymatgen's cell-list neighbour search lists them: the radius is a single-precision float; the
     * points in the box of half-width r are binned into 3×3×3 cubes of edge r; cubes are visited in
     * index order, and within a cube the points come last-binned first.
     */
    static int[] pointsInSphere(double[][] lattice, double radius) {
        float rf = (float) radius;
        double filterRadius = -1;
        if (rf < 1.0f) {
            filterRadius = rf;
            rf = 1.0f;
        }
        double r = rf;
        double r2 = rf * rf;
        double tol = 1e-8;
        double validMax = 0.0 + r + tol;
        double validMin = 0.0 - r - tol;
        double ledge = r < 0.1 ? 0.1 : r;
        int[] maxr = new int[3];
        for (int i = 0; i < 3; i++) {
            double[] u = lattice[(i + 1) % 3], v = lattice[(i + 2) % 3], w = lattice[i];
            double x = u[1] * v[2] - u[2] * v[1];
            double y = u[2] * v[0] - u[0] * v[2];
            double z = u[0] * v[1] - u[1] * v[0];
            double prod = w[0] * x + w[1] * y + w[2] * z;
            double rx = 2 * Math.PI * x / prod, ry = 2 * Math.PI * y / prod, rz = 2 * Math.PI * z / prod;
            double recipLength = Math.sqrt(rx * rx + ry * ry + rz * rz);
            maxr[i] = (int) Math.ceil((r + 0.15) * recipLength / (2 * Math.PI));
        }
        int ncube = (int) Math.ceil((validMax - validMin) / ledge);
        int cubes = ncube * ncube * ncube;
        int[] head = new int[cubes];
        java.util.Arrays.fill(head, -1);
        int capacity = 64;
        int[] image = new int[3 * capacity];
        double[] coords = new double[3 * capacity];
        int[] next = new int[capacity];
        int n = 0;
        for (int i = -maxr[0] - 1; i < maxr[0] + 1; i++) {
            for (int j = -maxr[1] - 1; j < maxr[1] + 1; j++) {
                for (int k = -maxr[2] - 1; k < maxr[2] + 1; k++) {
                    double x = (double) i * lattice[0][0] + (double) j * lattice[1][0] + (double) k * lattice[2][0] + 0.0;
                    double y = (double) i * lattice[0][1] + (double) j * lattice[1][1] + (double) k * lattice[2][1] + 0.0;
                    double z = (double) i * lattice[0][2] + (double) j * lattice[1][2] + (double) k * lattice[2][2] + 0.0;
                    if (!(x > validMin && x < validMax && y > validMin && y < validMax && z > validMin && z < validMax)) {
                        continue;
                    }
                    if (n == capacity) {
                        capacity *= 2;
                        image = java.util.Arrays.copyOf(image, 3 * capacity);
                        coords = java.util.Arrays.copyOf(coords, 3 * capacity);
                        next = java.util.Arrays.copyOf(next, capacity);
                    }
                    image[3 * n] = i;
                    image[3 * n + 1] = j;
                    image[3 * n + 2] = k;
                    coords[3 * n] = x;
                    coords[3 * n + 1] = y;
                    coords[3 * n + 2] = z;
                    int cube = cubeIndex(x, validMin, ledge) * ncube * ncube + cubeIndex(y, validMin, ledge) * ncube
                            + cubeIndex(z, validMin, ledge);
                    next[n] = head[cube];
                    head[cube] = n;
                    n++;
                }
            }
        }
        int center = cubeIndex(0.0, validMin, ledge);
        int[] out = new int[3 * n];
        int found = 0;
        for (int di = -1; di <= 1; di++) {
            for (int dj = -1; dj <= 1; dj++) {
                for (int dk = -1; dk <= 1; dk++) {
                    int ci = center + di, cj = center + dj, ck = center + dk;
                    if (ci < 0 || ci >= ncube || cj < 0 || cj >= ncube || ck < 0 || ck >= ncube) {
                        continue;
                    }
                    for (int q = head[ci * ncube * ncube + cj * ncube + ck]; q != -1; q = next[q]) {
                        double d2 = coords[3 * q] * coords[3 * q] + coords[3 * q + 1] * coords[3 * q + 1]
                                + coords[3 * q + 2] * coords[3 * q + 2];
                        if (d2 < r2 + tol && (filterRadius < 0 || Math.sqrt(d2) <= filterRadius)) {
                            out[3 * found] = image[3 * q];
                            out[3 * found + 1] = image[3 * q + 1];
                            out[3 * found + 2] = image[3 * q + 2];
                            found++;
                        }
                    }
                }
            }
        }
        return java.util.Arrays.copyOf(out, 3 * found);
    }

    private static int cubeIndex(double x, double min, double edge) {
        return (int) Math.floor((x - min + 1e-8) / edge);
    }

    /** The metric tensor {@code G = B Bᵀ} of basis rows B. */
    private static double[][] metric(double[][] b) {
        double[][] g = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                g[i][j] = b[i][0] * b[j][0] + b[i][1] * b[j][1] + b[i][2] * b[j][2];
            }
        }
        return g;
    }

    /** {@code Mᵀ G M}. */
    private static double[][] transform(double[][] g, int[][] m) {
        double[][] gm = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                gm[i][j] = g[i][0] * m[0][j] + g[i][1] * m[1][j] + g[i][2] * m[2][j];
            }
        }
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                out[i][j] = m[0][i] * gm[0][j] + m[1][i] * gm[1][j] + m[2][i] * gm[2][j];
            }
        }
        return out;
    }

    /** New basis vectors {@code b'_j = Σ_i M[i][j] b_i}, the basis whose metric is {@code Mᵀ G M}. */
    private static double[][] apply(double[][] b, int[][] m) {
        double[][] out = new double[3][3];
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
                if (m[i][j] != 0) {
                    for (int k = 0; k < 3; k++) {
                        out[j][k] += m[i][j] * b[i][k];
                    }
                }
            }
        }
        return out;
    }

    private static int[][] diag(int i, int j, int k) {
        return new int[][] {{i, 0, 0}, {0, j, 0}, {0, 0, k}};
    }

    private static int sign(double x, double e) {
        return Math.abs(x) < e ? 0 : x > 0 ? 1 : -1;
    }

    static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }
}
