package lae.algebra;

/**
 * Every claim id (claims.md) that the exact-algebra engine gives a verdict on, in one place, so that the toolkit's
 * typed claim registry can replace them here alone.
 */
public final class ClaimIds {
    /** 1-D critical points of L_sigma: the origin and the two points on w1 = w2, w1 w2 = 1 - lambda x^-2. */
    public static final String C5 = "C5";
    /** Observation 1: every (real) critical point of the 1-D L_sigma has w1 = w2. */
    public static final String C6 = "C6";
    /** Observation 2: L_sigma is not invariant under GL_k. */
    public static final String C7 = "C7";
    /** Observation 3: for lambda &gt; x^2 the origin is the only critical point (1-D). */
    public static final String C8 = "C8";
    /** The Transpose Theorem: every critical point of L_sigma has W1 = W2^T. */
    public static final String C9 = "C9";
    /** Table 1 is everything: the critical set is the union of Table 1's images. */
    public static final String C15 = "C15";
    /** Manifold structure and the dimensions k l (F_I) and k l - l(l+1)/2 (V_I). */
    public static final String C16 = "C16";
    /** Figure 4: the transpose property holds at w = 0.5 and 0.05 and fails at 0.005 (synthetic loss). */
    public static final String C29 = "C29";
    /** The conjecture: a precise transpose theorem and a classification for the synthetic loss. */
    public static final String C30 = "C30";

    private ClaimIds() {
    }
}
