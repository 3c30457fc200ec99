package lae.explore;

import java.math.BigInteger;

import lae.topology.IntPolynomial;
import lae.topology.MorseBottTest;

/**
 * The Morse-Bott test ({@link MorseBottTest}, lae.topology) applied to the synthetic classification. L~ is coercive
 * for w_sigma &gt; 0 (it is at least lambda_sigma (||W1||^2 + ||W2||^2)), so if its critical set is exactly the predicted
 * components, each a copy of the Stiefel manifold V_l(R^k) (W1 = O T_I U_I^T, O with orthonormal columns) that is
 * non-degenerate in the normal directions (Hessian nullity = dim V_l(R^k) = kl - l(l+1)/2, which the census checks),
 * then with Z2 coefficients
 * <pre>
 *   MB(t) = sum_I t^{index(I)} P_{V_l(R^k)}(t),   P_{V_l(R^k)}(t) = prod_{j = k-l}^{k-1} (1 + t^j),
 * </pre>
 * satisfies MB(t) - 1 = (1 + t) Q(t) with Q &gt;= 0 coefficient-wise. The indices are the measured ones (block inertia),
 * not the formula's. Passing is a necessary condition (a missing component or a wrong index typically breaks it), not a
 * proof of completeness.
 */
public final class SyntheticMorseBott {
    private SyntheticMorseBott() {
    }

    /** MB(t) from the measured index histogram: counts[l][index] components of size l with that Morse index. */
    public static IntPolynomial polynomial(long[][] counts, int k) {
        IntPolynomial mb = IntPolynomial.ZERO;
        for (int l = 0; l < counts.length; l++) {
            BigInteger[] co = new BigInteger[counts[l].length];
            boolean any = false;
            for (int i = 0; i < co.length; i++) {
                co[i] = BigInteger.valueOf(counts[l][i]);
                any |= counts[l][i] != 0;
            }
            if (!any) {
                continue;
            }
            IntPolynomial p = IntPolynomial.of(co);
            for (int j = k - l; j <= k - 1; j++) {
                p = p.timesOnePlusPower(j);
            }
            mb = mb.plus(p);
        }
        return mb;
    }

    public static MorseBottTest.Result test(long[][] counts, int k) {
        return MorseBottTest.test(polynomial(counts, k));
    }
}
