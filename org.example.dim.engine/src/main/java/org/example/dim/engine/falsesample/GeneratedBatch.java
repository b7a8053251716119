package org.example.dim.engine.falsesample;

import java.util.ArrayList;
import java.util.List;
import org.example.dim.engine.dataset.SiteNetBatch;
import org.example.dim.engine.sitenet.SiteNetInput;

/**
 * The generated samples of one training batch's crystals (vacancies, substitutions and interstitials as
 * false samples, thermal displacements as adjunctive true ones), packed as a batch of their own. Each
 * structure keeps the batch crystal it was made from: the global objective scores its environments
 * against that crystal's representation, as false or as true pairs.
 *
 * @param structures the generated structures; null when there are none
 * @param owner      for each structure, the index of its source crystal in the training batch
 * @param trueSample for each structure, whether it is an adjunctive true sample
 */
public record GeneratedBatch(SiteNetBatch structures, int[] owner, boolean[] trueSample) {

    /** A batch without generated samples. */
    public static final GeneratedBatch NONE = new GeneratedBatch(null, new int[0], new boolean[0]);

    public GeneratedBatch {
        if (owner.length != trueSample.length || (structures == null) != (owner.length == 0)
                || (structures != null && structures.crystals() != owner.length)) {
            throw new IllegalArgumentException("generated batch: " + owner.length + " owners, "
                    + trueSample.length + " flags, " + (structures == null ? 0 : structures.crystals()) + " structures");
        }
    }

    /** Packs the generated samples of each batch crystal ({@code perCrystal.get(c)} for crystal c). */
    public static GeneratedBatch of(List<List<GeneratedInput>> perCrystal) {
        List<SiteNetInput> inputs = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        List<Boolean> flags = new ArrayList<>();
        for (int c = 0; c < perCrystal.size(); c++) {
            for (GeneratedInput g : perCrystal.get(c)) {
                inputs.add(g.input());
                owners.add(c);
                flags.add(g.trueSample());
            }
        }
        if (inputs.isEmpty()) {
            return NONE;
        }
        boolean[] trueSample = new boolean[flags.size()];
        for (int i = 0; i < trueSample.length; i++) {
            trueSample[i] = flags.get(i);
        }
        return new GeneratedBatch(SiteNetBatch.pack(inputs), owners.stream().mapToInt(Integer::intValue).toArray(),
                trueSample);
    }

    public boolean isEmpty() {
        return owner.length == 0;
    }

    /** For each site of the structures, the batch crystal its structure was made from. */
    public int[] ownerOfSite() {
        int[] structureOf = structures.crystalOfSite();
        int[] out = new int[structureOf.length];
        for (int s = 0; s < out.length; s++) {
            out[s] = owner[structureOf[s]];
        }
        return out;
    }

    /** For each site, the sign of its Jensen–Shannon term: +1 in a false sample, −1 in a true one. */
    public float[] signs() {
        int[] structureOf = structures.crystalOfSite();
        float[] out = new float[structureOf.length];
        for (int s = 0; s < out.length; s++) {
            out[s] = trueSample[structureOf[s]] ? -1f : 1f;
        }
        return out;
    }

    /**
     * For each site, its weight in the loss: the mean over the batch's C crystals, of the mean over the
     * crystal's generated samples of one sign, of the mean over the sample's sites. False samples count
     * as one more false kind (times {@code falseFactor}, the weight of each in-batch false kind), true
     * samples as much as the crystal's own environments.
     */
    public float[] siteWeights(int crystals, double falseFactor) {
        int[] offsets = structures.crystalOffsets();
        int[][] count = new int[crystals][2];
        for (int j = 0; j < owner.length; j++) {
            count[owner[j]][trueSample[j] ? 1 : 0]++;
        }
        float[] out = new float[structures.sites()];
        for (int j = 0; j < owner.length; j++) {
            int sites = offsets[j + 1] - offsets[j];
            double factor = trueSample[j] ? 1.0 : falseFactor;
            float w = (float) (factor / ((double) crystals * count[owner[j]][trueSample[j] ? 1 : 0] * sites));
            for (int s = offsets[j]; s < offsets[j + 1]; s++) {
                out[s] = w;
            }
        }
        return out;
    }
}
