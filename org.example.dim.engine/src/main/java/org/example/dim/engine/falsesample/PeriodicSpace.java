package org.example.dim.engine.falsesample;

import java.util.List;
import java.util.Random;
import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.crystal.Site;

/** Periodic distances for placing interstitials. */
final class PeriodicSpace {

    private PeriodicSpace() {
    }

    /**
     * Distance (Å) from fractional point {@code f} to the nearest periodic image of any site. The fractional
     * difference is wrapped to [−½, ½] and the 27 neighbouring images are searched, which is exact for
     * cells that are not strongly sheared (the usual reduced cells).
     */
    static double nearestSiteDistance(Lattice lattice, double[] f, List<Site> sites) {
        double best = Double.POSITIVE_INFINITY;
        double[] d = new double[3];
        double[] r = new double[3];
        for (Site s : sites) {
            for (int a = 0; a < 3; a++) {
                double x = f[a] - s.frac(a);
                d[a] = x - Math.rint(x);
            }
            for (int i = -1; i <= 1; i++) {
                for (int j = -1; j <= 1; j++) {
                    for (int k = -1; k <= 1; k++) {
                        lattice.toCartesian(new double[] {d[0] + i, d[1] + j, d[2] + k}, r);
                        best = Math.min(best, Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]));
                    }
                }
            }
        }
        return best;
    }

    /**
     * An approximation of the centre of the largest empty sphere: the best of {@code trials} uniform random
     * fractional points in [0, 1)³ (the one farthest from every site), then polished by a compass search that
     * moves it along the lattice axes while that takes it farther from the sites. The random stage finds the
     * right hole; the search centres the point in it.
     */
    static double[] emptiestPoint(Lattice lattice, List<Site> sites, int trials, Random random) {
        double[] best = null;
        double bestDistance = -1;
        for (int t = 0; t < trials; t++) {
            double[] f = {random.nextDouble(), random.nextDouble(), random.nextDouble()};
            double d = nearestSiteDistance(lattice, f, sites);
            if (d > bestDistance) {
                bestDistance = d;
                best = f;
            }
        }
        return polish(lattice, sites, best, bestDistance);
    }

    /** Compass search from 0.05 down to 1e-4 in fractional steps; never decreases the nearest distance. */
    private static double[] polish(Lattice lattice, List<Site> sites, double[] start, double startDistance) {
        double[] f = start.clone();
        double d = startDistance;
        for (double step = 0.05; step > 1e-4; ) {
            boolean moved = false;
            for (int axis = 0; axis < 3; axis++) {
                for (int sign = -1; sign <= 1; sign += 2) {
                    double[] g = f.clone();
                    g[axis] += sign * step;
                    double dg = nearestSiteDistance(lattice, g, sites);
                    if (dg > d) {
                        f = g;
                        d = dg;
                        moved = true;
                    }
                }
            }
            if (!moved) {
                step /= 2;
            }
        }
        for (int axis = 0; axis < 3; axis++) {
            // Onto the search's resolution and back into [0, 1), so 0.99996 reads as 0, not 1.000.
            double x = Math.rint(f[axis] * 1e4) / 1e4;
            f[axis] = x - Math.floor(x);
        }
        return f;
    }
}
