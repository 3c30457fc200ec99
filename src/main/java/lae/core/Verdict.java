package lae.core;

/** The outcome of testing one claim, as printed, on one loss. */
public enum Verdict {
    /** Every case checked agrees with the claim (the report states how many and the worst residual). */
    HOLDS,
    /** At least one case contradicts the claim; the report gives the smallest counterexample. */
    FAILS,
    /** The computation cannot decide (no convergence, too small a spectral gap, a violated assumption). */
    INCONCLUSIVE;

    /** FAILS dominates INCONCLUSIVE, which dominates HOLDS. */
    public Verdict and(Verdict other) {
        return this.ordinal() >= other.ordinal() ? this : other;
    }
}
