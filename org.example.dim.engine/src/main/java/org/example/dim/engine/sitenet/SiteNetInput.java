package org.example.dim.engine.sitenet;

/**
 * What the Site-Net encoder sees of one crystal: for each of the P sites of the primitive cell its
 * site features, and its minimum-image distances to all {@code P × images} sites of the supercell.
 *
 * <p>Supercell sites are ordered site-major, as pymatgen builds {@code structure * M}: supercell site
 * {@code k} is an image of primitive site {@code k / images}.
 *
 * @param id              the crystal's name (source and block, or a database id)
 * @param primitiveSites  P
 * @param images          lattice translations of the supercell (det M)
 * @param atomicNumbers   Z of each primitive site, length P
 * @param siteFeatures    P × {@link SiteFeatures#COUNT} raw (unscaled) features, row-major
 * @param distances       P × (P·images) distances in Å, row-major
 */
public record SiteNetInput(String id, int primitiveSites, int images, int[] atomicNumbers, float[] siteFeatures,
        float[] distances) {

    public SiteNetInput {
        if (primitiveSites < 1 || images < 1) {
            throw new IllegalArgumentException(id + ": needs at least one site and one image");
        }
        if (atomicNumbers.length != primitiveSites || siteFeatures.length != primitiveSites * SiteFeatures.COUNT
                || distances.length != primitiveSites * primitiveSites * images) {
            throw new IllegalArgumentException(id + ": array sizes do not match P=" + primitiveSites
                    + " and images=" + images);
        }
    }

    /** Number of supercell sites, P·images: the length of each distance row. */
    public int supercellSites() {
        return primitiveSites * images;
    }

    public float feature(int site, int feature) {
        return siteFeatures[site * SiteFeatures.COUNT + feature];
    }

    public float distance(int site, int supercellSite) {
        return distances[site * supercellSites() + supercellSite];
    }
}
