package org.example.dim.engine.dataset;

import java.util.List;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.example.dim.engine.sitenet.SiteNetInput;

/**
 * Crystals packed for the model as the reference's {@code collate_fn} (§1.6): all primitive sites of
 * the batch on one flat axis of length B, each site's environment padded to the longest, Lmax.
 * Flat row-major arrays, ready for {@code Nd4j.createFromArray(...).reshape(...)}.
 *
 * <ul>
 * <li>{@link #siteFeatures()}: B × 9 raw features (the model applies the fixed scales)</li>
 * <li>{@link #distances()}: B × Lmax, 0 at padded positions</li>
 * <li>{@link #mask()}: B × Lmax, <b>1 for a real position, 0 for padding</b> (the reference's mask is the
 *     opposite, True = padding)</li>
 * <li>{@link #neighbourIndex()}: B × Lmax, the batch index of the primitive site at supercell position k,
 *     {@code start_c + (k / images_c) mod P_c} (padding wraps onto real sites; the mask removes it)</li>
 * <li>{@link #crystalOfSite()}: B, the crystal (0..C−1) of each site; {@link #crystalOffsets()}: C + 1 CSR offsets</li>
 * </ul>
 */
public record SiteNetBatch(List<String> ids, int sites, int maxEnvironment, float[] siteFeatures, float[] distances,
        float[] mask, int[] neighbourIndex, int[] crystalOfSite, int[] crystalOffsets, int[] atomicNumbers) {

    public int crystals() {
        return ids.size();
    }

    public static SiteNetBatch pack(List<SiteNetInput> crystals) {
        int b = 0;
        int lmax = 0;
        for (SiteNetInput c : crystals) {
            b += c.primitiveSites();
            lmax = Math.max(lmax, c.supercellSites());
        }
        float[] features = new float[b * SiteFeatures.COUNT];
        float[] distances = new float[b * lmax];
        float[] mask = new float[b * lmax];
        int[] neighbour = new int[b * lmax];
        int[] crystalOf = new int[b];
        int[] offsets = new int[crystals.size() + 1];
        int[] z = new int[b];
        int start = 0;
        for (int c = 0; c < crystals.size(); c++) {
            SiteNetInput in = crystals.get(c);
            int p = in.primitiveSites();
            int images = in.images();
            int lc = in.supercellSites();
            System.arraycopy(in.siteFeatures(), 0, features, start * SiteFeatures.COUNT, p * SiteFeatures.COUNT);
            System.arraycopy(in.atomicNumbers(), 0, z, start, p);
            for (int i = 0; i < p; i++) {
                int row = (start + i) * lmax;
                System.arraycopy(in.distances(), i * lc, distances, row, lc);
                crystalOf[start + i] = c;
                for (int k = 0; k < lmax; k++) {
                    mask[row + k] = k < lc ? 1f : 0f;
                    neighbour[row + k] = start + (k / images) % p;
                }
            }
            start += p;
            offsets[c + 1] = start;
        }
        return new SiteNetBatch(crystals.stream().map(SiteNetInput::id).toList(), b, lmax, features, distances, mask,
                neighbour, crystalOf, offsets, z);
    }
}
