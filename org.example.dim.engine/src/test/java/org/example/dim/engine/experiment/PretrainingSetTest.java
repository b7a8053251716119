package org.example.dim.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.example.dim.engine.dim.CrystalSource;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.example.dim.engine.sitenet.SiteNetInput;
import org.junit.jupiter.api.Test;

/** What DIM pre-trains on: never a test crystal, whether from the labelled data or from a pool. */
class PretrainingSetTest {

    @Test
    void withoutAPoolTheLabelledCrystalsOutsideTheTestSet() {
        CrystalSource labelled = crystals("a", "b", "c", "d", "e");
        assertEquals(List.of("a", "c", "e"), ids(RepresentationStudy.pretrainingSet(labelled, new int[] {1, 3}, null)));
    }

    @Test
    void aPoolLessTheTestCrystalsItShares() {
        CrystalSource labelled = crystals("a", "b", "c");
        CrystalSource pool = crystals("x", "b", "y", "a", "z");
        // Test crystals a and b are in the pool too: they are left out; c is not in it.
        assertEquals(List.of("x", "y", "z"), ids(RepresentationStudy.pretrainingSet(labelled, new int[] {0, 1}, pool)));
    }

    private static CrystalSource crystals(String... ids) {
        List<SiteNetInput> out = new ArrayList<>();
        for (String id : ids) {
            out.add(new SiteNetInput(id, 1, 1, new int[] {1}, new float[SiteFeatures.COUNT], new float[] {0}));
        }
        return CrystalSource.of(out);
    }

    private static List<String> ids(CrystalSource s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            out.add(s.get(i).id());
        }
        return out;
    }
}
