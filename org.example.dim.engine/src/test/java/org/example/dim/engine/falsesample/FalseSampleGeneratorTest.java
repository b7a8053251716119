package org.example.dim.engine.falsesample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.example.dim.engine.chem.Element;
import org.example.dim.engine.chem.PeriodicTable;
import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.crystal.Site;
import org.example.dim.engine.crystal.Structure;
import org.junit.jupiter.api.Test;

class FalseSampleGeneratorTest {

    private static Element el(String symbol) {
        return PeriodicTable.bySymbol(symbol).orElseThrow();
    }

    private static Site site(String label, String symbol, double x, double y, double z) {
        return Site.ordered(label, el(symbol), new double[] {x, y, z});
    }

    /** Cubic perovskite SrTiO3, a = 3.905 Å. */
    static Structure srTiO3() {
        return new Structure(Lattice.fromParameters(3.905, 3.905, 3.905, 90, 90, 90), List.of(
                site("Sr1", "Sr", 0, 0, 0), site("Ti1", "Ti", 0.5, 0.5, 0.5),
                site("O1", "O", 0.5, 0.5, 0), site("O2", "O", 0.5, 0, 0.5), site("O3", "O", 0, 0.5, 0.5)));
    }

    /** CsCl-type NaCl (a made-up but simple two-site cubic cell), a = 3.4 Å. */
    static Structure naClB2() {
        return new Structure(Lattice.fromParameters(3.4, 3.4, 3.4, 90, 90, 90),
                List.of(site("Na1", "Na", 0, 0, 0), site("Cl1", "Cl", 0.5, 0.5, 0.5)));
    }

    /** Simple cubic, one atom, a = 3 Å: the largest hole is the body centre, √3·1.5 = 2.598 Å from the atoms. */
    static Structure simpleCubic() {
        return new Structure(Lattice.fromParameters(3, 3, 3, 90, 90, 90), List.of(site("Po1", "Po", 0, 0, 0)));
    }

    private static GeneratorOptions only(GeneratedKind kind, int n) {
        return GeneratorOptions.defaults().withKinds(EnumSet.of(kind)).withPerKind(n);
    }

    private static List<GeneratedSample> generate(GeneratorOptions o, Structure s, long seed) {
        return new FalseSampleGenerator(o).generate("test", s, seed);
    }

    @Test
    void vacancyRemovesOneSiteAndKeepsTheRest() {
        Structure s = srTiO3();
        List<GeneratedSample> out = generate(only(GeneratedKind.VACANCY, 3), s, 11);
        assertEquals(3, out.size());
        Set<String> removed = new HashSet<>();
        for (GeneratedSample g : out) {
            assertEquals("vacancy", g.kind());
            assertEquals("test", g.source());
            assertFalse(g.isTrueSample());
            Structure v = g.structure();
            assertEquals(s.size() - 1, v.size());
            assertEquals(s.lattice(), v.lattice());
            // The remaining sites are the original ones in order, with exactly one left out.
            String gone = null;
            for (int i = 0; i < s.size(); i++) {
                List<Site> rest = new ArrayList<>(s.sites());
                Site left = rest.remove(i);
                if (sameSites(rest, v.sites())) {
                    assertEquals(null, gone, "ambiguous removal");
                    gone = left.label();
                }
            }
            assertNotEquals(null, gone, "the sample is the original with one site removed");
            assertTrue(g.description().contains(gone), g.description());
            removed.add(gone);
        }
        assertEquals(3, removed.size(), "samples use distinct sites while there are unused ones");
    }

    @Test
    void noVacancyInAOneSiteCell() {
        assertTrue(generate(only(GeneratedKind.VACANCY, 2), simpleCubic(), 1).isEmpty());
    }

    @Test
    void similarReplacementsByHand() {
        assertEquals(List.of(el("Li"), el("K")), Substitutions.similar(el("Na")));
        assertEquals(List.of(el("S")), Substitutions.similar(el("O")));
        assertEquals(List.of(el("F"), el("Br")), Substitutions.similar(el("Cl")));
        assertTrue(Substitutions.dissimilar(el("He")).isEmpty(), "He has no electronegativity");
        assertTrue(Substitutions.dissimilar(el("Na")).contains(el("O")));
        assertFalse(Substitutions.dissimilar(el("Na")).contains(el("K")));
        assertFalse(Substitutions.dissimilar(el("Na")).contains(el("Mg")), "Mg 1.31 is within 1 of Na 0.93");
        // Lanthanides and actinides are group 3: La's neighbouring rows hold Y (row 5) and Ac–Lr (row 7), of
        // which only Th and U are used.
        assertEquals(List.of(el("Y"), el("Th"), el("U")), Substitutions.similar(el("La")));
        assertTrue(Substitutions.similar(el("Og")).isEmpty());
        assertFalse(Substitutions.dissimilar(el("O")).contains(el("At")));
        assertFalse(Substitutions.dissimilar(el("O")).contains(el("Tc")));
    }

    @Test
    void similarSubstitutionKeepsTheGroupOneRowAway() {
        Structure s = naClB2();
        for (long seed = 0; seed < 20; seed++) {
            for (GeneratedSample g : generate(only(GeneratedKind.SIMILAR_SUBSTITUTION, 2), s, seed)) {
                int i = changedSite(s, g.structure());
                Element before = s.sites().get(i).element();
                Element after = g.structure().sites().get(i).element();
                assertEquals(before.group(), after.group());
                assertEquals(1, Math.abs(before.row() - after.row()));
                assertEquals(s.sites().get(i).label() + " -> " + after.symbol(), g.description());
                assertEquals("similar-substitution", g.kind());
            }
        }
    }

    @Test
    void dissimilarSubstitutionChangesGroupAndElectronegativity() {
        Structure s = srTiO3();
        for (long seed = 0; seed < 20; seed++) {
            for (GeneratedSample g : generate(only(GeneratedKind.DISSIMILAR_SUBSTITUTION, 5), s, seed)) {
                int i = changedSite(s, g.structure());
                Element before = s.sites().get(i).element();
                Element after = g.structure().sites().get(i).element();
                assertNotEquals(before.group(), after.group());
                assertTrue(Math.abs(before.electronegativity().getAsDouble()
                        - after.electronegativity().getAsDouble()) > 1.0, g.description());
                assertTrue(Substitutions.isReplacement(after), after.symbol());
            }
        }
    }

    @Test
    void interstitialGoesIntoTheLargestHole() {
        Structure s = simpleCubic();
        for (long seed = 0; seed < 10; seed++) {
            List<GeneratedSample> out = generate(only(GeneratedKind.INTERSTITIAL, 1), s, seed);
            assertEquals(1, out.size());
            Structure t = out.get(0).structure();
            assertEquals(2, t.size());
            assertTrue(same(s.sites().get(0), t.sites().get(0)));
            Site added = t.sites().get(1);
            assertEquals(el("Po"), added.element(), "a species already present");
            double d = bruteForceDistance(t.lattice(), added.frac(), s.sites().get(0).frac());
            assertTrue(d >= 1.0, "interstitial " + d + " Å from the atom");
            // The body centre, 1.5·√3 = 2.598 Å from the atom, is the largest hole.
            assertEquals(1.5 * Math.sqrt(3), d, 0.005);
            assertArrayEquals(new double[] {0.5, 0.5, 0.5}, added.frac(), 0.002);
            assertTrue(out.get(0).description().startsWith("interstitial Po at ("), out.get(0).description());
        }
    }

    @Test
    void interstitialInPerovskiteFindsAnEdgeCentre() {
        // In cubic SrTiO3 the largest holes are the cube-edge centres such as (½, 0, 0): a/2 = 1.9525 Å from
        // Sr and two O; the body-diagonal points (¼, ¼, ¼) are only 1.69 Å from Sr.
        Structure s = srTiO3();
        Set<Element> species = new HashSet<>();
        for (GeneratedSample g : generate(only(GeneratedKind.INTERSTITIAL, 10), s, 3)) {
            Site added = g.structure().sites().get(s.size());
            species.add(added.element());
            double nearest = Double.POSITIVE_INFINITY;
            for (Site old : s.sites()) {
                nearest = Math.min(nearest, bruteForceDistance(s.lattice(), added.frac(), old.frac()));
            }
            assertEquals(3.905 / 2, nearest, 0.005, g.description());
            for (int k = 0; k < 3; k++) {
                assertTrue(added.frac(k) >= 0 && added.frac(k) < 1);
            }
        }
        assertTrue(Set.of(el("Sr"), el("Ti"), el("O")).containsAll(species));
        assertTrue(species.size() > 1, "the species is drawn, not fixed: " + species);
    }

    @Test
    void thermalDisplacementKeepsIdentityAndStaysWithinThreeSigma() {
        Structure s = srTiO3();
        double sigma = 0.05;
        double sumSquares = 0;
        int components = 0;
        List<GeneratedSample> out = generate(only(GeneratedKind.THERMAL_DISPLACEMENT, 20), s, 5);
        assertEquals(20, out.size());
        for (GeneratedSample g : out) {
            assertTrue(g.isTrueSample());
            Structure t = g.structure();
            assertEquals(s.composition().amounts(), t.composition().amounts());
            assertEquals(s.lattice(), t.lattice());
            assertEquals(s.size(), t.size());
            for (int i = 0; i < s.size(); i++) {
                assertEquals(s.sites().get(i).element(), t.sites().get(i).element());
                assertEquals(s.sites().get(i).label(), t.sites().get(i).label());
                double[] a = s.lattice().toCartesian(s.sites().get(i).frac());
                double[] b = t.lattice().toCartesian(t.sites().get(i).frac());
                double move = 0;
                for (int k = 0; k < 3; k++) {
                    move += (b[k] - a[k]) * (b[k] - a[k]);
                    sumSquares += (b[k] - a[k]) * (b[k] - a[k]);
                    components++;
                }
                assertTrue(Math.sqrt(move) <= 3 * sigma + 1e-12, "moved " + Math.sqrt(move));
                assertTrue(move > 0);
            }
        }
        // Per-component RMS is σ slightly reduced by the truncation (≈ 0.95σ for a 3-d cut at 3σ).
        assertEquals(sigma, Math.sqrt(sumSquares / components), 0.15 * sigma);
    }

    @Test
    void truncationHoldsForALargeSigma() {
        java.util.Random r = new java.util.Random(9);
        for (int n = 0; n < 10_000; n++) {
            double[] v = FalseSampleGenerator.truncatedGaussian(0.5, r);
            assertTrue(Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) <= 1.5 + 1e-12);
        }
    }

    @Test
    void sameSeedGivesTheSameSamplesAndKindsAreIndependent() {
        Structure s = srTiO3();
        GeneratorOptions all = GeneratorOptions.defaults().withPerKind(2);
        List<GeneratedSample> a = generate(all, s, 123);
        List<GeneratedSample> b = generate(all, s, 123);
        assertEquals(10, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).kind(), b.get(i).kind());
            assertEquals(a.get(i).description(), b.get(i).description());
            assertSameStructure(a.get(i).structure(), b.get(i).structure());
        }
        assertNotEquals(descriptions(a), descriptions(generate(all, s, 124)));
        // Turning the other kinds off leaves the vacancy samples as they were.
        List<GeneratedSample> vacancies = generate(only(GeneratedKind.VACANCY, 2), s, 123);
        assertEquals(descriptions(a.subList(0, 2)), descriptions(vacancies));
    }

    @Test
    void kindsComeInEnumOrder() {
        List<String> kinds = generate(GeneratorOptions.defaults(), srTiO3(), 1).stream().map(GeneratedSample::kind)
                .toList();
        assertEquals(List.of("vacancy", "similar-substitution", "dissimilar-substitution", "interstitial",
                "thermal-displacement"), kinds);
    }

    @Test
    void disorderedStructuresAreRejected() {
        Site mixed = new Site("M1", new Element[] {el("Fe"), el("Co")}, new double[] {0.5, 0.5}, new double[3]);
        Structure s = new Structure(Lattice.fromParameters(3, 3, 3, 90, 90, 90), List.of(mixed));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> generate(GeneratorOptions.defaults(), s, 0));
        assertTrue(e.getMessage().contains("disordered"), e.getMessage());
    }

    @Test
    void optionsAndKindListsAreChecked() {
        assertEquals(EnumSet.of(GeneratedKind.VACANCY, GeneratedKind.SIMILAR_SUBSTITUTION,
                GeneratedKind.THERMAL_DISPLACEMENT), GeneratedKind.parseList("Vacancy, similar,thermal"));
        assertEquals(EnumSet.allOf(GeneratedKind.class), GeneratedKind.parseList(
                "vacancy,similar-substitution,DISSIMILAR_SUBSTITUTION,interstitial,thermal-displacement"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeneratedKind.parseList("vacancy,swap"));
        assertTrue(e.getMessage().contains("'swap'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.defaults().withPerKind(0));
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.defaults().withThermalSigma(0));
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.defaults().withKinds(Set.of()));
        assertEquals(0.05, GeneratorOptions.defaults().thermalSigma());
        assertEquals(200, GeneratorOptions.defaults().interstitialTrials());
        assertEquals(1, GeneratorOptions.defaults().perKind());
    }

    private static List<String> descriptions(List<GeneratedSample> samples) {
        return samples.stream().map(GeneratedSample::description).toList();
    }

    private static boolean same(Site a, Site b) {
        return a.label().equals(b.label()) && a.element().equals(b.element())
                && java.util.Arrays.equals(a.frac(), b.frac());
    }

    private static boolean sameSites(List<Site> a, List<Site> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static void assertSameStructure(Structure a, Structure b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertTrue(same(a.sites().get(i), b.sites().get(i)));
        }
    }

    /** The one site whose element differs; everything else must be unchanged. */
    private static int changedSite(Structure before, Structure after) {
        assertEquals(before.size(), after.size());
        int changed = -1;
        for (int i = 0; i < before.size(); i++) {
            Site a = before.sites().get(i);
            Site b = after.sites().get(i);
            assertArrayEquals(a.frac(), b.frac());
            if (!a.element().equals(b.element())) {
                assertEquals(-1, changed, "only one site may change");
                changed = i;
            }
        }
        assertNotEquals(-1, changed, "one site must change");
        return changed;
    }

    /** Minimum-image distance by brute force over images −2 … 2 (independent of the code under test). */
    private static double bruteForceDistance(Lattice l, double[] f, double[] g) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = -2; i <= 2; i++) {
            for (int j = -2; j <= 2; j++) {
                for (int k = -2; k <= 2; k++) {
                    double[] r = l.toCartesian(new double[] {f[0] - g[0] + i, f[1] - g[1] + j, f[2] - g[2] + k});
                    best = Math.min(best, Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]));
                }
            }
        }
        return best;
    }
}
