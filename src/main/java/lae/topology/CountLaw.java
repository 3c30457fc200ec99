package lae.topology;

import java.util.function.IntBinaryOperator;

/**
 * A count (Hessian index or nullity) of a critical component as a function of l = |I| and
 * d_I = sum_j (i_j - j), the only two things every index and nullity formula of the paper and of the
 * toolkit depends on. {@code source} is the formula as written (e.g. "dI + (k - l)*(m - l)").
 * A value of {@link Integer#MIN_VALUE} means the formula is not an integer there.
 */
public record CountLaw(String source, IntBinaryOperator value) {

    /** The count at |I| = l and d_I = dI ({@link Integer#MIN_VALUE} where the formula is not an integer). */
    public int at(int l, int dI) {
        return value.applyAsInt(l, dI);
    }

    /** The printed index of C17: dI + (k - l)(m - l). */
    public static CountLaw printedIndex(int m, int k) {
        return new CountLaw("dI + (k - l)*(m - l)", (l, d) -> d + (k - l) * (m - l));
    }

    /**
     * The corrected index: dI + (k - l)(u - l) with u the universe of index sets (m0 for L_sigma,
     * the rank of X for L and L_pi; the block derivation of {@code lae.symbolic.BlockInertiaFormulas},
     * verified on every component by the census).
     */
    public static CountLaw correctedIndex(int universe, int k, String universeName) {
        return new CountLaw("dI + (k - l)*(" + universeName + " - l)", (l, d) -> d + (k - l) * (universe - l));
    }

    /** The printed nullity of C16 for F_I (L, L_pi): k l. */
    public static CountLaw printedNullityF(int k) {
        return new CountLaw("k*l", (l, d) -> k * l);
    }

    /** The nullity of V_I (L_sigma), printed and verified: k l - l (l + 1) / 2. */
    public static CountLaw nullityV(int k) {
        return new CountLaw("k*l - l*(l+1)/2", (l, d) -> k * l - l * (l + 1) / 2);
    }

    /** The corrected nullity for L, L_pi (the dimension of the component {(G A U_I^T, U_I A H) : H G = I_l}): 2 k l - l^2. */
    public static CountLaw correctedNullityF(int k) {
        return new CountLaw("2*k*l - l^2", (l, d) -> 2 * k * l - l * l);
    }
}
