package org.example.dim.engine.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.example.dim.engine.chem.Element;
import org.example.dim.engine.chem.PeriodicTable;
import org.example.dim.engine.crystal.Composition;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.crystal.CrystalSystem;
import org.example.dim.engine.crystal.Structure;
import org.example.dim.engine.dim.CrystalSource;
import org.example.dim.engine.sitenet.FeaturizationRun;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.SiteNetInput;
import org.example.dim.engine.symmetry.SpaceGroupAnalysis;
import org.example.dim.engine.symmetry.SymmetryFinder;

/**
 * The crystals of an experiment, read from CIF inputs with their labels (JSON-lines records' numeric
 * fields, such as mp37k's {@code formation_energy_per_atom}); blocks that cannot be featurised are
 * counted and left out.
 */
public record LabelledDataset(List<LabelledCrystal> crystals, int failed) {

    private static final SymmetryFinder SYMMETRY = new SymmetryFinder();

    public static LabelledDataset read(List<Path> inputs, FeaturizationSettings settings, int threads) {
        return read(inputs, settings, threads, null);
    }

    /** @param labels labels of CIF files by file name (a folder's labels.csv), or null */
    public static LabelledDataset read(List<Path> inputs, FeaturizationSettings settings, int threads,
            LabelTable labels) {
        List<LabelledCrystal> out = new ArrayList<>();
        int[] failed = {0};
        FeaturizationRun.run(inputs, settings, threads, row -> {
            if (!row.featurized().ok()) {
                failed[0]++;
                return;
            }
            Map<String, Double> properties = new HashMap<>(row.source().properties());
            if (labels != null) {
                properties.putAll(labels.labelsOf(row.source().source()));
            }
            properties.putAll(derived(row.record()));
            Structure s = row.record().structure();
            out.add(new LabelledCrystal(row.record().source(), row.record().block(), row.featurized().input(),
                    fractions(s.composition()), properties));
        });
        return new LabelledDataset(List.copyOf(out), failed[0]);
    }

    /**
     * The properties a structure gives without a label. Crystal system and space-group number are those
     * of the atoms ({@link SymmetryFinder}, 0.1 Å as Materials Project), since files written in P1 declare
     * none; the declared ones are kept only for a structure the finder cannot analyse (a disordered one).
     */
    static Map<String, Double> derived(CrystalRecord r) {
        Structure s = r.structure();
        Map<String, Double> p = new HashMap<>();
        p.put(LabelledCrystal.DENSITY, s.density());
        p.put(LabelledCrystal.VOLUME_PER_ATOM, s.lattice().volume() / s.composition().totalAtoms());
        p.put(LabelledCrystal.SITES, (double) s.size());
        Optional<CrystalSystem> system = r.crystalSystem();
        int spaceGroup = r.spaceGroupNumber();
        try {
            SpaceGroupAnalysis symmetry = SYMMETRY.find(s);
            system = Optional.of(symmetry.crystalSystem());
            spaceGroup = symmetry.spaceGroupNumber();
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Disordered, or no consistent group: the declared values are all there is.
        }
        system.ifPresent(c -> p.put(LabelledCrystal.CRYSTAL_SYSTEM, (double) c.ordinal()));
        if (spaceGroup >= 1 && spaceGroup <= 230) {
            p.put(LabelledCrystal.SPACE_GROUP, (double) spaceGroup);
        }
        return p;
    }

    /** Atom fractions over the periodic table in order of Z: the composition baseline. */
    static double[] fractions(Composition c) {
        List<Element> elements = PeriodicTable.all();
        double[] v = new double[elements.size()];
        double total = c.totalAtoms();
        for (int i = 0; i < v.length; i++) {
            v[i] = c.amount(elements.get(i)) / total;
        }
        return v;
    }

    public int size() {
        return crystals.size();
    }

    /** The Site-Net inputs, for training and embedding. */
    public CrystalSource sources() {
        List<SiteNetInput> inputs = crystals.stream().map(LabelledCrystal::input).toList();
        return CrystalSource.of(inputs);
    }

    /** The names of the properties that at least one crystal has. */
    public java.util.SortedSet<String> propertyNames() {
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        crystals.forEach(c -> names.addAll(c.properties().keySet()));
        return names;
    }

    /**
     * One property of every crystal (NaN where missing).
     *
     * @throws IllegalArgumentException when no crystal has it, naming those there are
     */
    public double[] property(String name) {
        if (!crystals.isEmpty() && crystals.stream().noneMatch(c -> c.properties().containsKey(name))) {
            throw new IllegalArgumentException("no crystal has the property '" + name + "'; the data have "
                    + propertyNames());
        }
        return crystals.stream().mapToDouble(c -> c.property(name)).toArray();
    }

    /** The element-fraction vectors. */
    public double[][] compositions() {
        return crystals.stream().map(LabelledCrystal::composition).toArray(double[][]::new);
    }
}
