package org.example.dim.engine.falsesample;

/**
 * A rewritten environment for every site i of a batch with B sites padded to Lmax positions: the site's
 * own species are those of batch site {@code self[i]}; supercell position k takes the species of batch
 * site {@code neighbours[i·Lmax + k]}; distances and mask are those of batch row {@code rows[i]}.
 * Every index is a valid batch row, so the arrays can be used directly as gather indices.
 *
 * @param self       length B
 * @param neighbours B × Lmax, row-major
 * @param rows       length B
 */
public record Environment(int[] self, int[] neighbours, int[] rows) {

    public Environment {
        if (self.length != rows.length || self.length == 0 || neighbours.length % self.length != 0) {
            throw new IllegalArgumentException("environment arrays do not match: self " + self.length
                    + ", neighbours " + neighbours.length + ", rows " + rows.length);
        }
    }

    /** B, the number of sites. */
    public int sites() {
        return self.length;
    }

    /** Lmax, the padded environment length. */
    public int maxEnvironment() {
        return neighbours.length / self.length;
    }

    /** The batch site whose species position k of site i shows. */
    public int neighbour(int site, int position) {
        return neighbours[site * maxEnvironment() + position];
    }
}
