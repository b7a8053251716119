package org.example.dim.engine.cif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.example.dim.engine.crystal.Lattice;

/**
 * Finds an already-placed point within a distance of a new one, in periodic fractional space.
 * Small cells are searched linearly; larger ones through a grid of fractional bins, so that
 * expanding a structure of thousands of sites stays linear in its size.
 */
final class PlaceIndex {

    private static final int LINEAR_LIMIT = 48;

    private final Lattice lattice;
    private final double tolerance;
    private final List<double[]> points = new ArrayList<>();
    private final List<Object> items = new ArrayList<>();
    private final int[] bins = new int[3];
    private Map<Long, List<Integer>> grid;

    PlaceIndex(Lattice lattice, double tolerance) {
        this.lattice = lattice;
        this.tolerance = tolerance;
        // A bin is at least the tolerance wide along each axis (the distance between lattice
        // planes bounds how far one fractional step moves), so neighbours lie in adjacent bins.
        double[][] recip = lattice.reciprocalCrystallographic().matrix();
        for (int k = 0; k < 3; k++) {
            double planeSpacing = 1.0 / Math.sqrt(recip[k][0] * recip[k][0] + recip[k][1] * recip[k][1] + recip[k][2] * recip[k][2]);
            bins[k] = (int) Math.max(1, Math.min(64, Math.floor(planeSpacing / Math.max(tolerance, 1e-6))));
        }
    }

    int size() {
        return points.size();
    }

    @SuppressWarnings("unchecked")
    <T> List<T> values() {
        return (List<T>) items;
    }

    /** The item placed within the tolerance of {@code frac} (coordinates in [0, 1)), or null. */
    @SuppressWarnings("unchecked")
    <T> T find(double[] frac) {
        if (grid == null) {
            for (int i = 0; i < points.size(); i++) {
                if (lattice.periodicDistance(points.get(i), frac) <= tolerance) {
                    return (T) items.get(i);
                }
            }
            return null;
        }
        int bx = bin(frac, 0), by = bin(frac, 1), bz = bin(frac, 2);
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dz = -1; dz <= 1; dz++) {
                    List<Integer> cell = grid.get(key(bx + dx, by + dy, bz + dz));
                    if (cell == null) {
                        continue;
                    }
                    for (int i : cell) {
                        if (lattice.periodicDistance(points.get(i), frac) <= tolerance) {
                            return (T) items.get(i);
                        }
                    }
                }
            }
        }
        return null;
    }

    void add(double[] frac, Object item) {
        points.add(frac);
        items.add(item);
        if (grid == null && points.size() > LINEAR_LIMIT) {
            grid = new HashMap<>();
            for (int i = 0; i < points.size(); i++) {
                insert(i);
            }
        } else if (grid != null) {
            insert(points.size() - 1);
        }
    }

    private void insert(int i) {
        double[] f = points.get(i);
        grid.computeIfAbsent(key(bin(f, 0), bin(f, 1), bin(f, 2)), k -> new ArrayList<>(2)).add(i);
    }

    private int bin(double[] f, int axis) {
        return (int) Math.min(bins[axis] - 1, Math.floor(f[axis] * bins[axis]));
    }

    private long key(int x, int y, int z) {
        x = Math.floorMod(x, bins[0]);
        y = Math.floorMod(y, bins[1]);
        z = Math.floorMod(z, bins[2]);
        return ((long) x * bins[1] + y) * bins[2] + z;
    }
}
