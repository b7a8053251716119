package org.example.dim.engine.falsesample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.example.dim.engine.chem.Element;
import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.crystal.Site;
import org.example.dim.engine.crystal.Structure;

/**
 * Makes physically motivated false samples and adjunctive true samples of one structure, before training,
 * as whole structures that can be inspected (see {@link GeneratedKind}). Each edit applies to the cell as
 * given and so repeats in every periodic image: a vacancy in a small cell is a high defect concentration,
 * which is what makes it a clearly different material.
 *
 * <p>Output is deterministic per seed, and each kind draws from its own stream derived from the seed, so
 * turning one kind on or off does not change the others. Samples of a kind use distinct sites while there are
 * unused ones, then repeat. A kind that cannot apply to the structure (a vacancy in a one-site cell, an
 * element without a similar neighbour) gives fewer samples or none.
 */
public final class FalseSampleGenerator {

    /** Thermal displacements are truncated at this many σ (as a 3-d length). */
    public static final double THERMAL_TRUNCATION = 3.0;
    private static final int THERMAL_REDRAWS = 100;

    private final GeneratorOptions options;

    public FalseSampleGenerator(GeneratorOptions options) {
        this.options = options;
    }

    public GeneratorOptions options() {
        return options;
    }

    /**
     * The requested samples of {@code s}, kind by kind in {@link GeneratedKind} order.
     *
     * @param source name of the structure, copied into each sample
     * @throws IllegalArgumentException if a site of {@code s} is disordered (partial or mixed occupancy)
     */
    public List<GeneratedSample> generate(String source, Structure s, long seed) {
        if (!s.isOrdered()) {
            throw new IllegalArgumentException(source + ": " + s.disorderedSiteCount() + " disordered site(s); "
                    + "generated samples need an ordered structure (resolve the disorder first)");
        }
        if (s.size() == 0) {
            throw new IllegalArgumentException(source + ": the structure has no sites");
        }
        List<GeneratedSample> out = new ArrayList<>();
        for (GeneratedKind kind : options.kinds()) {
            Random random = streamFor(seed, kind);
            out.addAll(switch (kind) {
                case VACANCY -> vacancies(source, s, random);
                case SIMILAR_SUBSTITUTION, DISSIMILAR_SUBSTITUTION -> substitutions(kind, source, s, random);
                case INTERSTITIAL -> repeat(() -> interstitial(source, s, random));
                case THERMAL_DISPLACEMENT -> repeat(() -> thermal(source, s, random));
            });
        }
        return out;
    }

    /** An independent, well-mixed stream per (seed, kind). */
    private static Random streamFor(long seed, GeneratedKind kind) {
        return new Random(new SplittableRandom(seed).nextLong() ^ new SplittableRandom(~kind.ordinal()).nextLong());
    }

    private List<GeneratedSample> repeat(Supplier<GeneratedSample> one) {
        List<GeneratedSample> out = new ArrayList<>();
        for (int n = 0; n < options.perKind(); n++) {
            out.add(one.get());
        }
        return out;
    }

    /**
     * The sites that samples 0, 1, … edit: a random order of {@code choices}, cycled, so that samples use
     * distinct sites until every choice has been used.
     */
    private List<Integer> siteOrder(List<Integer> choices, Random random) {
        List<Integer> order = new ArrayList<>(choices);
        Collections.shuffle(order, random);
        List<Integer> picks = new ArrayList<>(options.perKind());
        for (int n = 0; n < options.perKind(); n++) {
            picks.add(order.get(n % order.size()));
        }
        return picks;
    }

    private List<GeneratedSample> vacancies(String source, Structure s, Random random) {
        List<GeneratedSample> out = new ArrayList<>();
        if (s.size() < 2) {
            return out; // removing the only site would leave no crystal
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            all.add(i);
        }
        for (int site : siteOrder(all, random)) {
            List<Site> sites = new ArrayList<>(s.sites());
            Site removed = sites.remove(site);
            String what = "vacancy at " + name(removed) + " " + coordinates(removed.frac());
            out.add(sample(source, GeneratedKind.VACANCY, what, new Structure(s.lattice(), sites)));
        }
        return out;
    }

    private List<GeneratedSample> substitutions(GeneratedKind kind, String source, Structure s, Random random) {
        List<GeneratedSample> out = new ArrayList<>();
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!replacements(kind, s.sites().get(i).element()).isEmpty()) {
                eligible.add(i);
            }
        }
        if (eligible.isEmpty()) {
            return out;
        }
        for (int site : siteOrder(eligible, random)) {
            Site old = s.sites().get(site);
            List<Element> candidates = replacements(kind, old.element());
            Element replacement = candidates.get(random.nextInt(candidates.size()));
            List<Site> sites = new ArrayList<>(s.sites());
            // The label is kept: it names the position, and the description records the change.
            sites.set(site, Site.ordered(old.label(), replacement, old.frac()));
            String what = name(old) + " -> " + replacement.symbol();
            out.add(sample(source, kind, what, new Structure(s.lattice(), sites)));
        }
        return out;
    }

    private static List<Element> replacements(GeneratedKind kind, Element e) {
        return kind == GeneratedKind.SIMILAR_SUBSTITUTION ? Substitutions.similar(e) : Substitutions.dissimilar(e);
    }

    private GeneratedSample interstitial(String source, Structure s, Random random) {
        TreeMap<Integer, Element> byZ = new TreeMap<>();
        for (Site site : s.sites()) {
            byZ.put(site.element().z(), site.element());
        }
        List<Element> species = new ArrayList<>(byZ.values());
        Element e = species.get(random.nextInt(species.size()));
        double[] f = PeriodicSpace.emptiestPoint(s.lattice(), s.sites(), options.interstitialTrials(), random);
        double distance = PeriodicSpace.nearestSiteDistance(s.lattice(), f, s.sites());
        List<Site> sites = new ArrayList<>(s.sites());
        sites.add(Site.ordered(e.symbol() + "_int", e, f));
        String what = String.format(Locale.ROOT, "interstitial %s at %s, %.3f Å from the nearest site", e.symbol(),
                coordinates(f), distance);
        return sample(source, GeneratedKind.INTERSTITIAL, what, new Structure(s.lattice(), sites));
    }

    private GeneratedSample thermal(String source, Structure s, Random random) {
        double sigma = options.thermalSigma();
        Lattice lattice = s.lattice();
        List<Site> sites = new ArrayList<>(s.size());
        double largest = 0;
        for (Site site : s.sites()) {
            double[] shift = truncatedGaussian(sigma, random);
            largest = Math.max(largest, norm(shift));
            double[] df = lattice.toFractional(shift);
            double[] f = site.frac();
            // Not wrapped into [0, 1): each site stays next to where it was, which keeps the change inspectable.
            sites.add(site.movedTo(new double[] {f[0] + df[0], f[1] + df[1], f[2] + df[2]}));
        }
        String what = String.format(Locale.ROOT, "thermal displacement of %d sites, σ = %.3f Å, largest %.3f Å",
                s.size(), sigma, largest);
        return sample(source, GeneratedKind.THERMAL_DISPLACEMENT, what, new Structure(lattice, sites));
    }

    /** A cartesian Gaussian vector (σ per component) no longer than {@link #THERMAL_TRUNCATION}·σ. */
    static double[] truncatedGaussian(double sigma, Random random) {
        double limit = THERMAL_TRUNCATION * sigma;
        double[] v = new double[3];
        for (int attempt = 0; attempt < THERMAL_REDRAWS; attempt++) {
            for (int a = 0; a < 3; a++) {
                v[a] = sigma * random.nextGaussian();
            }
            if (norm(v) <= limit) {
                return v;
            }
        }
        // Practically unreachable (each draw is accepted with probability 0.97): shorten the last draw.
        double scale = limit / norm(v);
        for (int a = 0; a < 3; a++) {
            v[a] *= scale;
        }
        return v;
    }

    private static double norm(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    private static GeneratedSample sample(String source, GeneratedKind kind, String description, Structure s) {
        return new GeneratedSample(source, kind.label(), description, s);
    }

    private static String name(Site site) {
        String label = site.label();
        return label == null || label.isEmpty() ? site.element().symbol() : label;
    }

    private static String coordinates(double[] f) {
        return String.format(Locale.ROOT, "(%.3f, %.3f, %.3f)", f[0], f[1], f[2]);
    }
}
