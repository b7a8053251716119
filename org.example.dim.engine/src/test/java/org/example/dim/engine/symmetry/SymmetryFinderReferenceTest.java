package org.example.dim.engine.symmetry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.example.dim.engine.cif.CifReader;
import org.example.dim.engine.crystal.Structure;
import org.example.dim.engine.io.CifSource;
import org.example.dim.engine.io.CifSources;
import org.junit.jupiter.api.Test;

/**
 * The symmetry finder against spglib 2.0.2 ({@code SpacegroupAnalyzer(symprec=0.1)} of pymatgen 2022.11.7)
 * on Materials Project structures of every crystal system and of every space group mp37k has (values
 * computed by {@code tools/make_symmetry_reference.py}, committed under {@code symmetry/}): crystal system,
 * point group (of the rotations that keep the cell as given, as pymatgen names it), space-group number and the
 * number of operations in the cell as given.
 */
class SymmetryFinderReferenceTest {

    private static final String[] STRUCTURES = {
        "sitenet/mp37k_reference_structures.jsonl.gz", "symmetry/mp37k_symmetry_structures.jsonl.gz"};

    private final SymmetryFinder finder = new SymmetryFinder();

    @Test
    void agreesWithSpglibOnCrystalSystemPointGroupSpaceGroupAndOperations() throws Exception {
        Map<String, Structure> structures = readStructures();
        List<String[]> reference = readReference();
        int systems = 0;
        int pointGroups = 0;
        int numbers = 0;
        int operations = 0;
        List<String> problems = new ArrayList<>();
        for (String[] ref : reference) {
            String id = ref[0];
            Structure s = structures.get(id);
            if (s == null) {
                problems.add(id + ": structure missing from the test resources");
                continue;
            }
            SpaceGroupAnalysis a;
            try {
                a = finder.find(s);
            } catch (RuntimeException e) {
                problems.add(id + ": " + e.getMessage());
                continue;
            }
            List<String> differences = new ArrayList<>();
            if (a.crystalSystem().label().equals(ref[2])) {
                systems++;
            } else {
                differences.add("crystal system " + ref[2] + " vs ours " + a.crystalSystem().label());
            }
            // pymatgen names the point group of the rotations that keep the given cell's lattice, a subgroup
            // when the cell is a supercell of another shape; the crystal's point group is its space group's.
            PointGroup ofCell = PointGroup.of(distinctRotations(a.operations()));
            if (ofCell != null && ofCell.symbol().equals(ref[3])) {
                pointGroups++;
            } else {
                differences.add("point group of the cell " + ref[3] + " vs ours " + ofCell);
            }
            if (a.pointGroup() != PointGroup.of(distinctRotations(a.spaceGroup().operations()))) {
                differences.add("point group " + a.pointGroup() + " is not that of space group " + a.spaceGroupNumber());
            }
            if (a.spaceGroupNumber() == Integer.parseInt(ref[1])) {
                numbers++;
            } else {
                differences.add("space group " + ref[1] + " vs ours " + a.spaceGroupNumber());
            }
            if (a.operations().size() == Integer.parseInt(ref[4])) {
                operations++;
            } else {
                differences.add("operations " + ref[4] + " vs ours " + a.operations().size());
            }
            if (!differences.isEmpty()) {
                problems.add(id + ": " + String.join(", ", differences));
            }
        }
        int n = reference.size();
        System.out.printf("symmetry vs spglib on %d structures: crystal system %d, point group %d, space group %d,"
                + " operations %d agree%n", n, systems, pointGroups, numbers, operations);
        assertTrue(n >= 300, "too few reference structures: " + n);
        assertTrue(problems.isEmpty(), problems.size() + " disagreement(s):\n" + String.join("\n", problems));
    }

    /** A figure, not a limit: structures analysed per second on one thread, after a warm-up round. */
    @Test
    void printsThroughput() throws Exception {
        List<Structure> structures = new ArrayList<>(readStructures().values());
        structures.forEach(finder::find);
        long start = System.nanoTime();
        int rounds = 3;
        for (int r = 0; r < rounds; r++) {
            structures.forEach(finder::find);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = rounds * structures.size() / seconds;
        System.out.printf("symmetry: %.0f structures/s on one thread (%.2f ms each); mp37k's 36,737 would take %.0f s%n",
                perSecond, 1000 / perSecond, 36_737 / perSecond);
        assertTrue(perSecond > 0);
    }

    private static List<int[][]> distinctRotations(List<SymmetryOperation> operations) {
        Map<String, int[][]> distinct = new HashMap<>();
        for (SymmetryOperation op : operations) {
            distinct.putIfAbsent(java.util.Arrays.deepToString(op.rotation()), op.rotation());
        }
        return new ArrayList<>(distinct.values());
    }

    static Map<String, Structure> readStructures() throws IOException, URISyntaxException {
        CifReader reader = new CifReader();
        Map<String, Structure> byId = new HashMap<>();
        for (String name : STRUCTURES) {
            Path file = Path.of(SymmetryFinderReferenceTest.class.getClassLoader().getResource(name).toURI());
            try (Stream<CifSource> sources = CifSources.open(List.of(file))) {
                sources.forEach(s -> byId.put(s.blockName(), reader.read(s).get(0).structure()));
            }
        }
        return byId;
    }

    /** Rows of material_id, spacegroup_number, crystal_system, point_group, n_ops. */
    private static List<String[]> readReference() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = SymmetryFinderReferenceTest.class.getClassLoader()
                .getResourceAsStream("symmetry/spglib_reference_mp37k.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.startsWith("material_id") && !line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
        }
        return rows;
    }
}
