package org.example.dim.engine.cif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.example.dim.engine.crystal.Composition;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.crystal.Structure;
import org.example.dim.engine.io.CifSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads every file of the real-world corpus (COD, AMCSD, SHELXL, JANA, FullProf, CGCNN, PyCIFRW,
 * gemmi, Materials Project) and compares with pymatgen 2022.11's independent readings in
 * MANIFEST.json: site count, composition (occupancies included) and cell volume.
 *
 * <p>Where we and pymatgen disagree, {@code known-differences.tsv} says why and who is right; the
 * test fails on any disagreement not explained there, and on an explanation that is no longer needed.
 */
class CifCorpusTest {

    private static final double VOLUME_TOLERANCE = 1e-4;
    private static final double AMOUNT_TOLERANCE = 1e-3;

    private static JsonNode manifest;
    private static Map<String, String> knownDifferences;

    @BeforeAll
    static void load() throws IOException {
        manifest = new ObjectMapper().readTree(resource("cif-corpus/MANIFEST.json"));
        knownDifferences = new TreeMap<>();
        String tsv = new String(resource("known-differences.tsv").readAllBytes(), StandardCharsets.UTF_8);
        for (String line : tsv.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t", 2);
                knownDifferences.put(f[0], f.length > 1 ? f[1] : "");
            }
        }
    }

    static InputStream resource(String path) {
        InputStream in = CifCorpusTest.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + path);
        }
        return in;
    }

    static boolean present(String file) {
        return CifCorpusTest.class.getClassLoader().getResource("cif-corpus/" + file) != null;
    }

    static String text(String path) throws IOException {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void agreesWithPymatgenWhereverPymatgenReadsTheFile() throws IOException {
        CifReader reader = new CifReader();
        int structures = 0;
        int agreed = 0;
        int absent = 0;
        Map<String, String> disagreements = new TreeMap<>();
        for (JsonNode entry : manifest) {
            JsonNode pm = entry.get("pymatgen_2022_11");
            if (!pm.get("ok").asBoolean()) {
                continue;
            }
            String file = entry.get("file").asText();
            if (!present(file)) {
                absent++;
                continue;
            }
            List<CrystalRecord> ours = reader.read(CifSource.ofText(file, text("cif-corpus/" + file)));
            List<CrystalRecord> read = ours.stream().filter(CrystalRecord::ok).toList();
            List<String> problems = new ArrayList<>();
            List<CrystalRecord> unmatched = new ArrayList<>(read);
            for (JsonNode s : pm.get("structures")) {
                structures++;
                String why = matchAndRemove(s, unmatched);
                if (why == null) {
                    agreed++;
                } else {
                    problems.add(why);
                }
            }
            if (!problems.isEmpty()) {
                disagreements.put(file, String.join(" | ", problems) + describeFailures(ours));
            }
        }
        System.out.printf("CIF corpus vs pymatgen 2022.11: %d of %d structures agree (%.1f%%) in site count, "
                + "composition and volume; %d files differ, each explained in known-differences.tsv%n",
                agreed, structures, 100.0 * agreed / structures, disagreements.size());
        // shared/data's corpus lacks some files its MANIFEST.json describes; they cannot be compared.
        System.out.printf("CIF corpus: %d files listed in MANIFEST.json are not in the corpus and were skipped%n", absent);
        List<String> unexplained = new ArrayList<>();
        disagreements.forEach((file, why) -> {
            if (!knownDifferences.containsKey(file)) {
                unexplained.add(file + ": " + why);
            }
        });
        List<String> stale = knownDifferences.keySet().stream()
                .filter(f -> !disagreements.containsKey(f)).toList();
        assertTrue(unexplained.isEmpty(), "unexplained disagreements with pymatgen:\n" + String.join("\n", unexplained));
        assertTrue(stale.isEmpty(), "known-differences.tsv lists files that now agree: " + stale);
    }

    /** Finds the record matching a pymatgen structure, removes it, and returns null; else says what differs. */
    private static String matchAndRemove(JsonNode pm, List<CrystalRecord> candidates) {
        int sites = pm.get("nsites").asInt();
        double volume = pm.get("volume").asDouble();
        Composition composition;
        try {
            composition = Composition.parse(pm.get("formula").asText());
        } catch (IllegalArgumentException e) {
            return "pymatgen's formula '" + pm.get("formula").asText() + "' has a dummy species: " + e.getMessage();
        }
        String closest = "no structure read";
        for (CrystalRecord r : candidates) {
            Structure s = r.structure();
            boolean volumeOk = Math.abs(s.lattice().volume() - volume) <= VOLUME_TOLERANCE * volume + 1e-3;
            boolean compositionOk = s.composition().almostEquals(composition, AMOUNT_TOLERANCE * composition.totalAtoms());
            if (s.size() == sites && volumeOk && compositionOk) {
                candidates.remove(r);
                return null;
            }
            closest = String.format("pymatgen %d sites %s V=%.4f, ours %d sites %s V=%.4f", sites,
                    composition.formula(), volume, s.size(), s.composition().formula(), s.lattice().volume());
        }
        return closest;
    }

    private static String describeFailures(List<CrystalRecord> ours) {
        StringBuilder sb = new StringBuilder();
        for (CrystalRecord r : ours) {
            if (!r.ok()) {
                sb.append(" | our error: ").append(r.error());
            }
        }
        return sb.toString();
    }

    @Test
    void everyBlockOfEveryCorpusFileBecomesARecord() throws IOException {
        CifReader reader = new CifReader();
        for (JsonNode entry : manifest) {
            String file = entry.get("file").asText();
            if (!present(file)) {
                continue;
            }
            List<CrystalRecord> ours = reader.read(CifSource.ofText(file, text("cif-corpus/" + file)));
            int blocks = entry.get("features").get("data_blocks").asInt();
            // Items before the first data_ header are not lost: they become one failed record of their own.
            long headless = ours.stream()
                    .filter(r -> !r.ok() && r.error().contains("content before the first data_ block")).count();
            if (blocks == 0) {
                assertEquals(1, ours.size(), file + ": a file without data blocks is one failed record");
                assertTrue(!ours.get(0).ok(), file + ": a file without data blocks is one failed record");
            } else {
                assertEquals(blocks, ours.size() - headless, file + ": one record per data block");
            }
        }
    }
}
