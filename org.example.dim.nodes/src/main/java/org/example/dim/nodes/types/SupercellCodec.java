package org.example.dim.nodes.types;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.example.dim.engine.crystal.DisorderPolicy;
import org.example.dim.engine.sitenet.FeaturizationSettings;
import org.example.dim.engine.sitenet.OversizePolicy;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.example.dim.engine.sitenet.SiteNetInput;

/**
 * The stored form of a supercell cell: a version, the featurisation settings by value, then the Site-Net input's
 * id, P, images, Z per site, features and distances. Data only; counts are checked before anything is allocated.
 */
final class SupercellCodec {

    private static final int VERSION = 1;

    /** More distances than this (floats) is a damaged cell, not a real supercell. */
    private static final long MAX_DISTANCES = 100_000_000L;

    private SupercellCodec() {
    }

    static void write(final SupercellCell cell, final DataOutput out) throws IOException {
        FeaturizationSettings s = cell.getSettings();
        out.writeByte(VERSION);
        out.writeInt(s.supercellSize());
        out.writeBoolean(s.primitive());
        out.writeDouble(s.primitiveTolerance());
        out.writeUTF(s.oversize().name());
        out.writeUTF(s.disorder().name());
        out.writeUTF(s.missingValues().name());
        SiteNetInput in = cell.getInput();
        out.writeUTF(in.id());
        out.writeInt(in.primitiveSites());
        out.writeInt(in.images());
        for (int z : in.atomicNumbers()) {
            out.writeInt(z);
        }
        for (float f : in.siteFeatures()) {
            out.writeFloat(f);
        }
        for (float d : in.distances()) {
            out.writeFloat(d);
        }
    }

    static SupercellCell read(final DataInput in) throws IOException {
        int version = in.readByte();
        if (version != VERSION) {
            throw new IOException("supercell cell: unknown format version " + version + " (this version reads "
                + VERSION + ")");
        }
        FeaturizationSettings settings;
        try {
            settings = new FeaturizationSettings(in.readInt(), in.readBoolean(), in.readDouble(),
                OversizePolicy.valueOf(in.readUTF()), DisorderPolicy.valueOf(in.readUTF()),
                SiteFeatures.MissingValuePolicy.valueOf(in.readUTF()));
        } catch (IllegalArgumentException e) {
            throw new IOException("supercell cell is damaged: " + e.getMessage(), e);
        }
        String id = in.readUTF();
        int p = in.readInt();
        int images = in.readInt();
        if (p < 1 || images < 1 || (long) p * p * images > MAX_DISTANCES) {
            throw new IOException("supercell cell '" + id + "' is damaged: " + p + " sites, " + images + " images");
        }
        int[] z = new int[p];
        for (int i = 0; i < p; i++) {
            z[i] = in.readInt();
        }
        float[] features = new float[p * SiteFeatures.COUNT];
        for (int i = 0; i < features.length; i++) {
            features[i] = in.readFloat();
        }
        float[] distances = new float[p * p * images];
        for (int i = 0; i < distances.length; i++) {
            distances[i] = in.readFloat();
        }
        return new SupercellCell(new SiteNetInput(id, p, images, z, features, distances), settings);
    }
}
