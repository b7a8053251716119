package org.example.dim.engine.sitenet;

import java.util.ArrayList;
import java.util.List;
import org.example.dim.engine.chem.Element;
import org.example.dim.engine.chem.PeriodicTable;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.crystal.DisorderPolicy;
import org.example.dim.engine.crystal.DisorderedStructureException;
import org.example.dim.engine.crystal.Structure;

/**
 * Turns a crystal into Site-Net input (reference §1): one element per site (disorder policy),
 * primitive cell, supercell of at most N sites, nine features per primitive site and the
 * minimum-image distance rows. Every crystal gives one {@link FeaturizedCrystal}; a crystal that
 * cannot be featurised carries the reason. Thread-safe.
 */
public final class SiteNetFeaturizer {

    /** Sites closer than this (Å) are the same place twice: an error in the structure, not a feature. */
    static final double OVERLAP_DISTANCE = 0.1;

    private final FeaturizationSettings settings;
    private final PrimitiveCellFinder primitiveFinder;
    private final SupercellBuilder supercellBuilder;
    private final List<Element> elements = PeriodicTable.all();

    public SiteNetFeaturizer(FeaturizationSettings settings) {
        this.settings = settings;
        this.primitiveFinder = new PrimitiveCellFinder(settings.primitiveTolerance());
        this.supercellBuilder = new SupercellBuilder(settings.supercellSize(), settings.oversize());
    }

    public FeaturizationSettings settings() {
        return settings;
    }

    public FeaturizedCrystal featurize(CrystalRecord record) {
        if (!record.ok()) {
            return new FeaturizedCrystal(record.source(), record.block(), 0, 0, null, null, FeaturizedCrystal.Status.FAILED,
                    List.of(), record.error());
        }
        return featurize(record.source(), record.block(), record.structure());
    }

    public FeaturizedCrystal featurize(String source, String block, Structure structure) {
        List<String> warnings = new ArrayList<>();
        int inputSites = structure.size();
        Structure ordered;
        try {
            ordered = structure.toOrdered(settings.disorder());
        } catch (DisorderedStructureException e) {
            return left(e.policy() == DisorderPolicy.SKIP ? FeaturizedCrystal.Status.SKIPPED
                    : FeaturizedCrystal.Status.FAILED, source, block, inputSites, 0, null, warnings, e.getMessage());
        }
        if (ordered != structure) {
            warnings.add(structure.disorderedSiteCount() + " disordered site(s) given their majority species");
        }
        Structure primitive;
        try {
            primitive = settings.primitive() ? primitiveFinder.find(ordered) : ordered;
        } catch (IllegalArgumentException e) {
            return failed(source, block, inputSites, 0, null, warnings, e.getMessage());
        }
        Supercell supercell;
        try {
            supercell = supercellBuilder.build(primitive);
        } catch (SupercellBuilder.OversizeException e) {
            return left(FeaturizedCrystal.Status.SKIPPED, source, block, inputSites, primitive.size(), null, warnings,
                    e.getMessage());
        }
        int p = primitive.size();
        int[] z = new int[p];
        float[] features = new float[p * SiteFeatures.COUNT];
        for (int i = 0; i < p; i++) {
            Element e = primitive.sites().get(i).element();
            z[i] = e.z();
            try {
                SiteFeatures.write(e, settings.missingValues(), elements, features, i * SiteFeatures.COUNT, warnings);
            } catch (SiteFeatures.MissingValueException ex) {
                return failed(source, block, inputSites, primitive.size(), supercell, warnings, ex.getMessage());
            }
        }
        float[] distances = MinimumImageDistances.of(supercell);
        String overlap = overlap(primitive, supercell.images(), distances);
        if (overlap != null) {
            return failed(source, block, inputSites, primitive.size(), supercell, warnings, overlap);
        }
        SiteNetInput input = new SiteNetInput(block, p, supercell.images(), z, features, distances);
        return new FeaturizedCrystal(source, block, inputSites, p, supercell, input, FeaturizedCrystal.Status.OK,
                warnings, null);
    }

    /** Names two sites closer than {@link #OVERLAP_DISTANCE}, or returns null. */
    private static String overlap(Structure primitive, int images, float[] distances) {
        int p = primitive.size();
        int n = p * images;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < n; j++) {
                if (j != i * images && distances[i * n + j] < OVERLAP_DISTANCE) {
                    int other = j / images;
                    return String.format("sites %s and %s overlap (%.3f Å apart)%s", primitive.sites().get(i).label(),
                            primitive.sites().get(other).label(), distances[i * n + j],
                            other == i ? ": the cell is smaller than the site's own period" : "");
                }
            }
        }
        return null;
    }

    private static FeaturizedCrystal failed(String source, String block, int inputSites, int primitiveSites,
            Supercell supercell, List<String> warnings, String error) {
        return left(FeaturizedCrystal.Status.FAILED, source, block, inputSites, primitiveSites, supercell, warnings,
                error);
    }

    private static FeaturizedCrystal left(FeaturizedCrystal.Status status, String source, String block, int inputSites,
            int primitiveSites, Supercell supercell, List<String> warnings, String error) {
        return new FeaturizedCrystal(source, block, inputSites, primitiveSites, supercell, null, status, warnings,
                error);
    }
}
