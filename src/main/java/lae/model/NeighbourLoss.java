package lae.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One neighbour loss as a claim file names it: {@code "L_nonuniform(l1, ..., lk)"} (sum weight lambda_j = l_j lambda
 * of latent unit j, the convention of the exact engine's loss names, in package algebra) or {@code "L_tied"} (weight
 * 2 lambda on ||W||^2). Immutable.
 *
 * @param kind     which neighbour
 * @param name     the name as the claim file wrote it (normalised spacing)
 * @param lambda   the claim file's lambda
 * @param weights  lambda_j per latent unit (k entries; for L_tied every entry is lambda, the weight of L_sigma whose
 *                 pull-back the tied loss is)
 */
public record NeighbourLoss(NeighbourKind kind, String name, double lambda, List<Double> weights) {
    public NeighbourLoss {
        weights = List.copyOf(weights);
    }

    /**
     * Parses a claim file's loss name at this lambda and k.
     *
     * @throws IllegalArgumentException naming what is wrong: not a neighbour's name, a weight that is not an exact
     *                                  non-negative rational, or a number of weights other than k
     */
    public static NeighbourLoss parse(String text, double lambda, int k) {
        String t = text.trim();
        if (t.equals("L_tied")) {
            List<Double> w = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                w.add(lambda);
            }
            return new NeighbourLoss(NeighbourKind.L_TIED, t, lambda, w);
        }
        if (!t.startsWith("L_nonuniform(") || !t.endsWith(")")) {
            throw new IllegalArgumentException("'" + text + "' is not \"L_nonuniform(l1, ..., lk)\" or \"L_tied\"");
        }
        String[] parts = t.substring("L_nonuniform(".length(), t.length() - 1).split(",");
        if (parts.length != k) {
            throw new IllegalArgumentException("L_nonuniform needs one weight per latent unit: k = " + k + " weights, got " + parts.length);
        }
        List<Double> w = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String p : parts) {
            double l = rational(p.trim());
            w.add(l * lambda);
            names.add(p.trim());
        }
        return new NeighbourLoss(NeighbourKind.L_NONUNIFORM, "L_nonuniform(" + String.join(", ", names) + ")", lambda, w);
    }

    private static double rational(String s) {
        String[] pq = s.split("/");
        try {
            if (pq.length > 2 || !s.matches("[0-9]+(/[0-9]+)?")) {
                throw new NumberFormatException(s);
            }
            double v = pq.length == 1 ? Long.parseLong(pq[0]) : (double) Long.parseLong(pq[0]) / Long.parseLong(pq[1]);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException(s);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("weight '" + s + "' is not a non-negative exact rational such as 3 or 1/2", e);
        }
    }

    /** The number of latent units k. */
    public int k() {
        return weights.size();
    }

    /** lambda_j of unit j (0-based). */
    public double weight(int unit) {
        return weights.get(unit);
    }

    /** The weights as an array. */
    public double[] weightArray() {
        return weights.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The member of {@link LossMember}'s family on (W1, W2): for L_nonuniform the loss itself, for L_tied the L_sigma
     * whose pull-back along W -&gt; (W, W^T) it is.
     */
    public LossMember member() {
        return LossMember.withUnitWeights(0, weightArray());
    }

    /** True when the unit weights are pairwise distinct and positive (the generic case the classification needs). */
    public boolean distinctPositive() {
        for (int a = 0; a < k(); a++) {
            if (!(weight(a) > 0)) {
                return false;
            }
            for (int b = a + 1; b < k(); b++) {
                if (weight(a) == weight(b)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return kind == NeighbourKind.L_TIED ? name + "(lambda=" + lambda + ")" : name + (lambda == 1 ? "" : " x lambda=" + lambda);
    }
}
