package org.example.dim.nodes.types;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.example.dim.engine.chem.Element;
import org.example.dim.engine.chem.PeriodicTable;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.crystal.Lattice;
import org.example.dim.engine.crystal.Site;
import org.example.dim.engine.crystal.Structure;

/**
 * The stored form of a crystal cell: a version, the record's names, the lattice rows and every site (label,
 * species by Z with occupancies, fractional coordinates). Data only; reading checks every count and value, so a
 * damaged or hostile workflow file gives an IOException naming what is wrong.
 */
final class CrystalCodec {

    private static final int VERSION = 1;

    /** Bounds that no real crystal reaches; beyond them the data is damaged, not large. */
    private static final int MAX_SITES = 1_000_000;
    private static final int MAX_SPECIES = 120;
    private static final int MAX_WARNINGS = 10_000;

    private CrystalCodec() {
    }

    static void write(final CrystalRecord r, final DataOutput out) throws IOException {
        out.writeByte(VERSION);
        out.writeUTF(r.source());
        out.writeUTF(r.block());
        out.writeUTF(r.spaceGroupSymbol());
        out.writeInt(r.spaceGroupNumber());
        out.writeInt(r.warnings().size());
        for (String w : r.warnings()) {
            out.writeUTF(w);
        }
        Structure s = r.structure();
        for (double[] row : s.lattice().matrix()) {
            for (double x : row) {
                out.writeDouble(x);
            }
        }
        out.writeInt(s.size());
        for (Site site : s.sites()) {
            out.writeUTF(site.label() == null ? "" : site.label());
            out.writeInt(site.speciesCount());
            for (int i = 0; i < site.speciesCount(); i++) {
                out.writeInt(site.species(i).z());
                out.writeDouble(site.occupancy(i));
            }
            for (double f : site.frac()) {
                out.writeDouble(f);
            }
        }
    }

    static CrystalRecord read(final DataInput in) throws IOException {
        int version = in.readByte();
        if (version != VERSION) {
            throw new IOException("crystal cell: unknown format version " + version + " (this version reads "
                + VERSION + ")");
        }
        String source = in.readUTF();
        String block = in.readUTF();
        String symbol = in.readUTF();
        int number = in.readInt();
        int nWarnings = count(in, MAX_WARNINGS, "warnings", block);
        List<String> warnings = new ArrayList<>(nWarnings);
        for (int i = 0; i < nWarnings; i++) {
            warnings.add(in.readUTF());
        }
        double[][] rows = new double[3][3];
        for (double[] row : rows) {
            for (int a = 0; a < 3; a++) {
                row[a] = in.readDouble();
            }
        }
        int n = count(in, MAX_SITES, "sites", block);
        List<Site> sites = new ArrayList<>(n);
        try {
            for (int i = 0; i < n; i++) {
                String label = in.readUTF();
                int k = count(in, MAX_SPECIES, "species of a site", block);
                Element[] species = new Element[k];
                double[] occupancies = new double[k];
                for (int j = 0; j < k; j++) {
                    species[j] = PeriodicTable.byZ(in.readInt());
                    occupancies[j] = in.readDouble();
                }
                double[] frac = {in.readDouble(), in.readDouble(), in.readDouble()};
                sites.add(new Site(label, species, occupancies, frac));
            }
            return new CrystalRecord(source, block, new Structure(new Lattice(rows), sites), symbol, number, warnings,
                null);
        } catch (RuntimeException e) {
            throw new IOException("crystal cell of block '" + block + "' is damaged: " + e.getMessage(), e);
        }
    }

    /** A non-negative count no larger than {@code max}. */
    static int count(final DataInput in, final int max, final String what, final String block) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException("crystal cell of block '" + block + "' is damaged: " + n + " " + what);
        }
        return n;
    }
}
