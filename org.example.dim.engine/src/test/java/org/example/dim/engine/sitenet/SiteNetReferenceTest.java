package org.example.dim.engine.sitenet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.example.dim.engine.chem.PeriodicTable;
import org.example.dim.engine.cif.CifReader;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.crystal.Site;
import org.example.dim.engine.crystal.Structure;
import org.example.dim.engine.io.CifSource;
import org.example.dim.engine.io.CifSources;
import org.junit.jupiter.api.Test;

/**
 * The Site-Net pipeline against pymatgen 2022.11 on Materials Project structures of every crystal
 * system (values computed by {@code tools/make_sitenet_reference.py}, committed under
 * {@code sitenet/}): primitive site count, repeats, images, supercell site count and lengths, the
 * nine raw features of a site and its sorted distance row.
 *
 * <p>Where a shear entry is a rounding tie ({@code rint_near_tie}), the reference's shape depends on
 * the last bits of its floating point (see {@link SupercellBuilder}); there only the shape-free
 * quantities (counts, volume) are compared.
 */
class SiteNetReferenceTest {

    /** Disagreements whose reason is known; each says who is right. */
    private static final Map<String, String> EXPLAINED = Map.of("mp-18967",
            "pymatgen's Niggli cell has b > c (5.805115 > 5.804819 Å), against the Niggli conditions; ours has "
                    + "a <= b <= c, so the greedy rule grows the other of the two nearly equal axes");

    private static final String[] REFERENCES = {
        "sitenet/sitenet_supercell_ref_first200_mp37k.json", "sitenet/sitenet_reference_varied_mp37k.json"};

    @Test
    void agreesWithPymatgenOnPrimitiveCellsSupercellsFeaturesAndDistances() throws Exception {
        Map<String, CrystalRecord> crystals = readStructures();
        SiteNetFeaturizer featurizer = new SiteNetFeaturizer(FeaturizationSettings.deepInfoMaxDefaults()
                .withOversize(OversizePolicy.KEEP_SINGLE_CELL));
        ObjectMapper json = new ObjectMapper();
        int compared = 0;
        int shapesCompared = 0;
        List<String> problems = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        for (String file : REFERENCES) {
            JsonNode structures;
            try (InputStream in = resource(file)) {
                structures = json.readTree(in).get("structures");
            }
            for (JsonNode ref : structures) {
                String id = ref.get("material_id").asText();
                if (EXPLAINED.containsKey(id)) {
                    continue;
                }
                CrystalRecord record = crystals.get(id);
                if (record == null) {
                    problems.add(id + ": structure missing from the test resources");
                    continue;
                }
                compared++;
                FeaturizedCrystal f = featurizer.featurize(record);
                if (!f.ok()) {
                    problems.add(id + ": " + f.error());
                    continue;
                }
                Supercell sc = f.supercell();
                if (reducedDifferently(ref, f)) {
                    // With a 0.5 Å tolerance a pseudo-translation may or may not count, depending on how
                    // "within tolerance" is measured (pymatgen: per axis, fractional; here: distance in Å).
                    // Ours must then still reproduce every input site within the tolerance.
                    if (reproduces(record.structure(), sc.primitive(), 0.5)) {
                        ambiguous.add(id);
                    } else {
                        problems.add(id + ": primitive cell of " + f.primitiveSites() + " sites does not reproduce the input");
                    }
                    continue;
                }
                expect(problems, id, "primitive sites", ref.get("prim_sites").asInt(), f.primitiveSites());
                expect(problems, id, "repeats", Arrays.toString(ints(ref.get("inc"))), Arrays.toString(sc.repeats()));
                expect(problems, id, "images", ref.get("images").asInt(), sc.images());
                expect(problems, id, "supercell sites", ref.get("supercell_sites").asInt(), sc.size());
                if (ref.get("rint_near_tie").asBoolean()) {
                    continue;
                }
                shapesCompared++;
                double[] abc = {sc.lattice().a(), sc.lattice().b(), sc.lattice().c()};
                double[] refAbc = doubles(ref.get("supercell_abc"));
                for (int k = 0; k < 3; k++) {
                    if (Math.abs(abc[k] - refAbc[k]) > 1e-4 * refAbc[k]) {
                        problems.add(id + ": supercell lengths " + Arrays.toString(refAbc) + " vs ours "
                                + Arrays.toString(abc));
                        break;
                    }
                }
                checkFeaturesAndRow(problems, id, ref, f.input());
            }
        }
        System.out.printf("Site-Net pipeline vs pymatgen 2022.11: %d structures compared (%d with supercell shape and "
                + "distances), %d problems; %d reduced by another pseudo-translation within 0.5 Å %s%n", compared,
                shapesCompared, problems.size(), ambiguous.size(), ambiguous);
        assertTrue(compared >= 500, "structures compared: " + compared);
        assertTrue(ambiguous.size() <= compared / 20, "too many primitive cells differ: " + ambiguous);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Whether pymatgen and we reduced to different primitive cells (count, or the same count and another cell). */
    private static boolean reducedDifferently(JsonNode ref, FeaturizedCrystal f) {
        if (ref.get("prim_sites").asInt() != f.primitiveSites()) {
            return true;
        }
        if (f.primitiveSites() == f.inputSites()) {
            return false;
        }
        double[] refAbc = doubles(ref.get("prim_abc"));
        double[] abc = {f.supercell().primitive().lattice().a(), f.supercell().primitive().lattice().b(),
            f.supercell().primitive().lattice().c()};
        Arrays.sort(refAbc);
        Arrays.sort(abc);
        for (int k = 0; k < 3; k++) {
            if (Math.abs(abc[k] - refAbc[k]) > 1e-3 * refAbc[k]) {
                return true;
            }
        }
        return false;
    }

    /** Every site of {@code input} lies within {@code tolerance} Å of a same-species site of {@code cell}'s lattice. */
    private static boolean reproduces(Structure input, Structure cell, double tolerance) {
        for (Site s : input.sites()) {
            double[] r = input.lattice().toCartesian(s.frac());
            boolean found = false;
            for (Site c : cell.sites()) {
                if (!c.speciesString().equals(s.speciesString())) {
                    continue;
                }
                double[] d = cell.lattice().toFractional(r);
                for (int k = 0; k < 3; k++) {
                    d[k] -= c.frac()[k];
                    d[k] -= Math.rint(d[k]);
                }
                double[] v = cell.lattice().toCartesian(d);
                found |= Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) <= tolerance;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Some primitive site of ours with the reference's site-0 species has its features and sorted row. */
    private static void checkFeaturesAndRow(List<String> problems, String id, JsonNode ref, SiteNetInput in) {
        double[] refRow = doubles(ref.get("first_row_sorted"));
        double[] refFeatures = doubles(ref.get("features_site0_raw"));
        int n = in.supercellSites();
        String best = "no site of ours has the species and features of pymatgen's site 0";
        for (int i = 0; i < in.primitiveSites(); i++) {
            if (in.atomicNumbers()[i] != (int) refFeatures[0]) {
                continue;
            }
            for (int k = 0; k < SiteFeatures.COUNT; k++) {
                // The oracle writes 0 for the density of elements not solid at standard conditions; ours is the
                // gas's or liquid's density in g/L (SiteFeatures).
                boolean gas = k == 7 && refFeatures[k] == 0
                        && PeriodicTable.byZ(in.atomicNumbers()[i]).density().isEmpty();
                if (!gas && Math.abs(in.feature(i, k) - refFeatures[k]) > 1e-4 * Math.max(1, Math.abs(refFeatures[k]))) {
                    problems.add(id + ": feature " + SiteFeatures.NAMES.get(k) + " " + refFeatures[k] + " vs ours "
                            + in.feature(i, k));
                    return;
                }
            }
            double[] row = TestStructures.sortedRow(in.distances(), i, n);
            int length = Math.min(row.length, refRow.length);
            boolean same = row.length >= refRow.length;
            for (int j = 0; j < length && same; j++) {
                same = Math.abs(row[j] - refRow[j]) < 2e-3;
            }
            if (same) {
                return;
            }
            best = "sorted distance row differs (first values " + Arrays.toString(Arrays.copyOf(refRow, 6))
                    + " vs ours " + Arrays.toString(Arrays.copyOf(row, 6)) + ")";
        }
        problems.add(id + ": " + best);
    }

    private static Map<String, CrystalRecord> readStructures() throws IOException, URISyntaxException {
        Path file = Path.of(SiteNetReferenceTest.class.getClassLoader()
                .getResource("sitenet/mp37k_reference_structures.jsonl.gz").toURI());
        CifReader reader = new CifReader();
        Map<String, CrystalRecord> byId = new HashMap<>();
        try (Stream<CifSource> sources = CifSources.open(List.of(file))) {
            sources.forEach(s -> byId.put(s.blockName(), reader.read(s).get(0)));
        }
        return byId;
    }

    private static void expect(List<String> problems, String id, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            problems.add(id + ": " + what + " " + expected + " vs ours " + actual);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = SiteNetReferenceTest.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + path);
        }
        return in;
    }

    private static int[] ints(JsonNode a) {
        int[] r = new int[a.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = a.get(i).asInt();
        }
        return r;
    }

    private static double[] doubles(JsonNode a) {
        double[] r = new double[a.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = a.get(i).asDouble();
        }
        return r;
    }
}
