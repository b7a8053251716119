package org.example.dim.engine.symmetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.example.dim.engine.chem.Element;
import org.example.dim.engine.chem.PeriodicTable;
import org.example.dim.engine.crystal.CrystalSystem;
import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.crystal.Site;
import org.example.dim.engine.crystal.Structure;
import org.junit.jupiter.api.Test;

/** The symmetry finder on textbook structures, whose space groups are known without any program. */
class SymmetryFinderTest {

    private final SymmetryFinder finder = new SymmetryFinder();

    static Site site(String symbol, double x, double y, double z) {
        return Site.ordered(symbol, PeriodicTable.bySymbol(symbol).orElseThrow(), new double[] {x, y, z});
    }

    static Structure cubic(double a, Site... sites) {
        return new Structure(Lattice.fromParameters(a, a, a, 90, 90, 90), List.of(sites));
    }

    @Test
    void rockSaltInItsConventionalCellIsFm3m() {
        List<Site> sites = new ArrayList<>();
        double[][] fcc = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        for (double[] f : fcc) {
            sites.add(site("Na", f[0], f[1], f[2]));
            sites.add(site("Cl", f[0] + 0.5, f[1], f[2]));
        }
        SpaceGroupAnalysis a = finder.find(new Structure(Lattice.fromParameters(5.64, 5.64, 5.64, 90, 90, 90), sites));
        assertEquals(225, a.spaceGroupNumber());
        assertEquals(PointGroup.OH, a.pointGroup());
        assertEquals(CrystalSystem.CUBIC, a.crystalSystem());
        assertEquals(192, a.operations().size());
    }

    @Test
    void cesiumChlorideIsPm3m() {
        assertEquals(221, finder.find(cubic(4.12, site("Cs", 0, 0, 0), site("Cl", 0.5, 0.5, 0.5))).spaceGroupNumber());
    }

    @Test
    void diamondIsFd3m() {
        List<Site> sites = new ArrayList<>();
        double[][] fcc = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        for (double[] f : fcc) {
            sites.add(site("Si", f[0], f[1], f[2]));
            sites.add(site("Si", f[0] + 0.25, f[1] + 0.25, f[2] + 0.25));
        }
        assertEquals(227, finder.find(new Structure(Lattice.fromParameters(5.43, 5.43, 5.43, 90, 90, 90), sites))
                .spaceGroupNumber());
    }

    @Test
    void wurtziteIsP63mc() {
        Lattice l = Lattice.fromParameters(3.25, 3.25, 5.21, 90, 90, 120);
        Structure zno = new Structure(l, List.of(site("Zn", 1.0 / 3, 2.0 / 3, 0), site("Zn", 2.0 / 3, 1.0 / 3, 0.5),
                site("O", 1.0 / 3, 2.0 / 3, 0.382), site("O", 2.0 / 3, 1.0 / 3, 0.882)));
        SpaceGroupAnalysis a = finder.find(zno);
        assertEquals(186, a.spaceGroupNumber());
        assertEquals(PointGroup.C6V, a.pointGroup());
    }

    @Test
    void rightAndLeftHandedQuartzAreTheEnantiomorphicPair() {
        // α-quartz in P3₂21 (154); mirroring z gives its enantiomorph, P3₁21 (152).
        Lattice l = Lattice.fromParameters(4.916, 4.916, 5.405, 90, 90, 120);
        SpaceGroupSetting p3221 = SpaceGroupTable.byNumber(154).orElseThrow();
        List<Site> sites = new ArrayList<>(orbit(p3221, "Si", 0.4697, 0, 0));
        sites.addAll(orbit(p3221, "O", 0.4135, 0.2669, 0.1191));
        Structure right = new Structure(l, sites);
        Structure left = new Structure(l, sites.stream().map(s -> s.movedTo(new double[] {s.frac(0), s.frac(1), -s.frac(2)}))
                .toList());
        assertEquals(154, finder.find(right).spaceGroupNumber());
        assertEquals(152, finder.find(left).spaceGroupNumber());
    }

    /** The distinct images of a point under a setting's operations. */
    static List<Site> orbit(SpaceGroupSetting setting, String symbol, double x, double y, double z) {
        List<Site> out = new ArrayList<>();
        double[] image = new double[3];
        for (SymmetryOperation op : setting.operations()) {
            op.apply(new double[] {x, y, z}, image);
            double[] f = {image[0] - Math.floor(image[0]), image[1] - Math.floor(image[1]), image[2] - Math.floor(image[2])};
            boolean seen = out.stream().anyMatch(s -> {
                double d = 0;
                for (int k = 0; k < 3; k++) {
                    double e = s.frac(k) - f[k];
                    d += Math.abs(e - Math.rint(e));
                }
                return d < 1e-6;
            });
            if (!seen) {
                out.add(site(symbol, f[0], f[1], f[2]));
            }
        }
        return out;
    }

    @Test
    void disorderedStructureIsRefusedNamingTheSite() {
        Element fe = PeriodicTable.bySymbol("Fe").orElseThrow();
        Element co = PeriodicTable.bySymbol("Co").orElseThrow();
        Structure s = cubic(2.86, new Site("M1", new Element[] {fe, co}, new double[] {0.5, 0.5}, new double[3]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> finder.find(s));
        assertTrue(e.getMessage().contains("M1") && e.getMessage().contains("disordered"), e.getMessage());
    }
}
