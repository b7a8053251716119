package org.example.dim.engine.dataset;

import java.util.List;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.example.dim.engine.sitenet.SiteNetInput;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Crystals packed for the model exactly as the reference's {@code collate_fn} (§1.6): every primitive site
 * of the batch on one flat site axis of length B = ΣP (no batch dimension), each site's environment (its
 * distances to the P_c·images_c supercell sites of its crystal c) padded to the longest, Lmax = max_c Lc.
 * Crystal c's sites are rows {@code start_c … start_c + P_c − 1}, crystals in the order given.
 *
 * <table>
 * <caption>Contents (plain arrays are row-major; the tensor accessors give ND4J arrays of the shape shown)</caption>
 * <tr><th>plain array</th><th>ND4J</th><th>shape, type</th><th>reference name and meaning</th></tr>
 * <tr><td>{@link #siteFeatures()}</td><td>{@link #siteFeatureTensor()}</td><td>B × 9, float</td>
 *     <td>{@code Site_Feature_Tensor} + {@code Oxidation_State}: <b>raw</b> features; multiplying by the fixed
 *     scales ({@link SiteFeatures#scales()}) is the model's job</td></tr>
 * <tr><td>{@link #distances()}</td><td>{@link #distanceTensor()}</td><td>B × Lmax, float</td>
 *     <td>{@code Interaction_Feature_Tensor} (without the trailing ×1): distances in Å, 0 at padding</td></tr>
 * <tr><td>{@link #mask()}</td><td>{@link #maskTensor()}</td><td>B × Lmax, float</td>
 *     <td>{@code Attention_Mask}, <b>inverted: 1 = real position (k &lt; Lc), 0 = padding</b>. The
 *     reference's boolean mask is True for padding. 1/0 floats multiply directly into sums, and
 *     {@code (mask − 1)·∞} gives the additive softmax mask</td></tr>
 * <tr><td>{@link #neighbourIndex()}</td><td>{@link #neighbourIndexTensor()}</td><td>B × Lmax, int32</td>
 *     <td>{@code attention_j}: {@code start_c + ((k / images_c) mod P_c)}, the batch row of the primitive site
 *     that owns supercell position k. At padded positions the mod wraps onto real sites of the same crystal
 *     (always a valid gather index); the mask removes them</td></tr>
 * <tr><td>{@link #crystalOfSite()}</td><td>{@link #crystalOfSiteTensor()}</td><td>B, int32</td>
 *     <td>{@code Batch_Mask.COO}: segment id, the crystal (0 … C−1) of each site</td></tr>
 * <tr><td>{@link #crystalOffsets()}</td><td>{@link #crystalOffsetTensor()}</td><td>C + 1, int32</td>
 *     <td>{@code Batch_Mask.CSR}: crystal c is sites {@code [offsets[c], offsets[c+1])}</td></tr>
 * <tr><td>{@link #atomicNumbers()}</td><td>{@link #atomicNumberTensor()}</td><td>B, int32</td>
 *     <td>{@code Atomic_ID}: Z of each site</td></tr>
 * </table>
 * {@code attention_i} (row i is all i) is not stored: it is the row index. The reference's {@code Composition}
 * and {@code target} are not part of the Deep InfoMax input and are left out.
 *
 * <p>The plain-array accessors return copies; the ND4J accessors create a new array on every call (with
 * whichever ND4J backend is on the class path). Packing itself does not touch ND4J.
 */
public final class SiteNetBatch {

    private final List<String> ids;
    private final int[] crystalIndices;
    private final int sites;
    private final int maxEnvironment;
    private final float[] siteFeatures;
    private final float[] distances;
    private final float[] mask;
    private final int[] neighbourIndex;
    private final int[] crystalOfSite;
    private final int[] crystalOffsets;
    private final int[] atomicNumbers;

    private SiteNetBatch(List<String> ids, int[] crystalIndices, int sites, int maxEnvironment,
            float[] siteFeatures, float[] distances, float[] mask, int[] neighbourIndex, int[] crystalOfSite,
            int[] crystalOffsets, int[] atomicNumbers) {
        this.ids = ids;
        this.crystalIndices = crystalIndices;
        this.sites = sites;
        this.maxEnvironment = maxEnvironment;
        this.siteFeatures = siteFeatures;
        this.distances = distances;
        this.mask = mask;
        this.neighbourIndex = neighbourIndex;
        this.crystalOfSite = crystalOfSite;
        this.crystalOffsets = crystalOffsets;
        this.atomicNumbers = atomicNumbers;
    }

    /** Packs the crystals in the order given; {@link #crystalIndices()} are then 0 … C−1. */
    public static SiteNetBatch pack(List<SiteNetInput> crystals) {
        int[] indices = new int[crystals.size()];
        for (int c = 0; c < indices.length; c++) {
            indices[c] = c;
        }
        return pack(crystals, indices);
    }

    /**
     * Packs the crystals in the order given.
     *
     * @param crystalIndices where each crystal came from (its index in the dataset), kept for
     *                       {@link #crystalIndices()}; same length as {@code crystals}
     */
    public static SiteNetBatch pack(List<SiteNetInput> crystals, int[] crystalIndices) {
        if (crystals.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one crystal");
        }
        if (crystalIndices.length != crystals.size()) {
            throw new IllegalArgumentException(crystalIndices.length + " indices for " + crystals.size()
                    + " crystals");
        }
        long total = 0;
        int lmax = 0;
        for (SiteNetInput c : crystals) {
            total += c.primitiveSites();
            lmax = Math.max(lmax, c.supercellSites());
        }
        if (total * Math.max(lmax, SiteFeatures.COUNT) > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("batch of " + total + " sites × " + lmax + " is too large");
        }
        int b = (int) total;
        int nf = SiteFeatures.COUNT;
        float[] features = new float[b * nf];
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
            System.arraycopy(in.siteFeatures(), 0, features, start * nf, p * nf);
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
        return new SiteNetBatch(crystals.stream().map(SiteNetInput::id).toList(), crystalIndices.clone(), b, lmax,
                features, distances, mask, neighbour, crystalOf, offsets, z);
    }

    /** C, the number of crystals. */
    public int crystals() {
        return ids.size();
    }

    /** The crystals' ids, in batch order. */
    public List<String> ids() {
        return ids;
    }

    /** Dataset index of each crystal, in batch order (a copy). */
    public int[] crystalIndices() {
        return crystalIndices.clone();
    }

    /** B = ΣP, the number of rows of the flat site axis. */
    public int sites() {
        return sites;
    }

    /** Lmax = max_c P_c·images_c, the padded environment length. */
    public int maxEnvironment() {
        return maxEnvironment;
    }

    /** B × 9 raw site features, row-major (a copy). */
    public float[] siteFeatures() {
        return siteFeatures.clone();
    }

    /** B × Lmax distances in Å, row-major, 0 at padding (a copy). */
    public float[] distances() {
        return distances.clone();
    }

    /** B × Lmax, 1 where the position is real, 0 where it is padding (a copy). */
    public float[] mask() {
        return mask.clone();
    }

    /** B × Lmax {@code attention_j} gather indices, row-major (a copy). */
    public int[] neighbourIndex() {
        return neighbourIndex.clone();
    }

    /** B segment ids: the crystal of each site (a copy). */
    public int[] crystalOfSite() {
        return crystalOfSite.clone();
    }

    /** C + 1 CSR offsets of the crystals on the site axis (a copy). */
    public int[] crystalOffsets() {
        return crystalOffsets.clone();
    }

    /** B atomic numbers (a copy). */
    public int[] atomicNumbers() {
        return atomicNumbers.clone();
    }

    /** B × 9 FLOAT. */
    public INDArray siteFeatureTensor() {
        return Nd4j.createFromArray(siteFeatures).reshape('c', sites, SiteFeatures.COUNT);
    }

    /** B × Lmax FLOAT, zero-padded. */
    public INDArray distanceTensor() {
        return Nd4j.createFromArray(distances).reshape('c', sites, maxEnvironment);
    }

    /** B × Lmax FLOAT, 1 = real, 0 = padding. */
    public INDArray maskTensor() {
        return Nd4j.createFromArray(mask).reshape('c', sites, maxEnvironment);
    }

    /** B × Lmax INT32 {@code attention_j}. */
    public INDArray neighbourIndexTensor() {
        return Nd4j.createFromArray(neighbourIndex).reshape('c', sites, maxEnvironment);
    }

    /** B INT32 segment ids. */
    public INDArray crystalOfSiteTensor() {
        return Nd4j.createFromArray(crystalOfSite);
    }

    /** C + 1 INT32 CSR offsets. */
    public INDArray crystalOffsetTensor() {
        return Nd4j.createFromArray(crystalOffsets);
    }

    /** B INT32 atomic numbers. */
    public INDArray atomicNumberTensor() {
        return Nd4j.createFromArray(atomicNumbers);
    }

    @Override
    public String toString() {
        return "SiteNetBatch[" + crystals() + " crystals, " + sites + " sites, Lmax " + maxEnvironment + "]";
    }
}
