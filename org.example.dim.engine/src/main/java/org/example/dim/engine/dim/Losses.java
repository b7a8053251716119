package org.example.dim.engine.dim;

/**
 * The four objectives of one batch: local and global DIM (mean Jensen–Shannon loss per true/false
 * pair, chance 2 ln 2 ≈ 1.386) and the KL terms of the learnable noise.
 */
public record Losses(double localDim, double localKl, double globalDim, double globalKl) {

    public static final double CHANCE = 2 * Math.log(2);

    /** Weighted mean of several batches' losses. */
    public static Losses mean(java.util.List<Losses> parts, java.util.List<Integer> weights) {
        double[] s = new double[4];
        double total = 0;
        for (int i = 0; i < parts.size(); i++) {
            Losses l = parts.get(i);
            double w = weights.get(i);
            s[0] += w * l.localDim;
            s[1] += w * l.localKl;
            s[2] += w * l.globalDim;
            s[3] += w * l.globalKl;
            total += w;
        }
        return new Losses(s[0] / total, s[1] / total, s[2] / total, s[3] / total);
    }
}
