package lae.topology;

import java.math.BigInteger;

/**
 * The Morse-Bott test of a landscape classification, in exact integer arithmetic.
 *
 * <p><b>Theorem</b> (Morse-Bott inequalities; R. Bott, "Nondegenerate critical manifolds", Ann. of
 * Math. 60 (1954); with Z2 coefficients no orientability of the negative bundles is needed, see
 * D. M. Austin and P. J. Braam, "Morse-Bott theory and equivariant cohomology", 1995, Section 3).
 * Let f be a smooth function on a manifold M that is bounded below with compact sublevel sets
 * (coercive), whose critical set is a finite disjoint union of compact connected submanifolds C,
 * each non-degenerate in the normal direction (Hessian nullity = dim C) with index lambda(C). Then
 * <pre>
 *   MB(t) := sum_C t^{lambda(C)} P_C(t) = P_M(t) + (1 + t) Q(t),   Q has no negative coefficient,
 * </pre>
 * with P the Z2 Poincare polynomials. For M = R^N (contractible) P_M = 1.
 *
 * <p><b>The test.</b> c(t) = MB(t) - 1 is divided by (1 + t) from the lowest degree:
 * Q_0 = c_0, Q_j = c_j - Q_{j-1}; the division is exact iff the last step leaves no remainder,
 * i.e. MB(-1) = 1 (Euler characteristic of R^N). The classification is consistent iff the division
 * is exact and every Q_j &gt;= 0; otherwise the first negative Q_j (or the remainder) is named. The
 * test is a necessary condition: a wrong index formula or a missing component typically violates
 * it, but passing it does not prove the classification.
 */
public final class MorseBottTest {
    /**
     * The outcome: Q's coefficients (up to the degree of MB - 1), the remainder MB(-1) - 1, the first
     * negative coefficient of Q (degree, value) or -1.
     */
    public record Result(IntPolynomial mb, IntPolynomial q, BigInteger remainder, int firstNegativeDegree,
                         BigInteger firstNegativeValue, int negativeCoefficients, double seconds) {
        /** Whether MB(t) - 1 = (1 + t) Q(t) with no remainder and Q &gt;= 0 coefficient-wise: the test passes. */
        public boolean holds() {
            return remainder.signum() == 0 && firstNegativeDegree < 0;
        }

        /** One line: why it holds or fails. */
        public String explanation() {
            if (holds()) {
                return "MB(t) - 1 = (1 + t) Q(t) exactly, and all " + (q.degree() + 1) + " coefficients of Q are >= 0 (Q(1) = "
                        + q.valueAtOne() + ")";
            }
            StringBuilder b = new StringBuilder();
            if (firstNegativeDegree >= 0) {
                b.append("the first negative coefficient of Q is Q_").append(firstNegativeDegree).append(" = ").append(firstNegativeValue)
                        .append(" (").append(negativeCoefficients).append(" negative coefficients in all)");
            }
            if (remainder.signum() != 0) {
                if (b.length() > 0) {
                    b.append("; ");
                }
                b.append("(1 + t) does not divide MB(t) - 1: MB(-1) = ").append(mb.valueAtMinusOne())
                        .append(", not 1 = chi(R^N)");
            }
            return b.toString();
        }
    }

    private MorseBottTest() {
    }

    /** MB(t) = sum_l (sum_{|I| = l} t^{index(I)}) P_{V_l(R^k)}(t): every component of F_I or V_I type is ~ V_l(R^k). */
    public static IntPolynomial polynomial(ComponentCensus census) {
        IntPolynomial mb = IntPolynomial.ZERO;
        for (int l = 0; l <= census.maxL(); l++) {
            IntPolynomial p = census.indexGenerating(l);
            for (int j = census.k - l; j <= census.k - 1; j++) {
                p = p.timesOnePlusPower(j);
            }
            mb = mb.plus(p);
        }
        return mb;
    }

    /** Tests MB(t) = 1 + (1 + t) Q(t), Q &gt;= 0. */
    public static Result test(IntPolynomial mb) {
        long t0 = System.nanoTime();
        IntPolynomial c = mb.minus(IntPolynomial.ONE);
        int deg = c.degree();
        if (deg < 0) {
            return new Result(mb, IntPolynomial.ZERO, BigInteger.ZERO, -1, null, 0, (System.nanoTime() - t0) / 1e9);
        }
        BigInteger[] q = IntPolynomial.zeros(Math.max(deg, 1));
        BigInteger prev = BigInteger.ZERO;
        int firstNeg = -1;
        BigInteger firstVal = null;
        int negatives = 0;
        for (int j = 0; j < deg; j++) {
            prev = c.coefficient(j).subtract(prev);
            q[j] = prev;
            if (prev.signum() < 0) {
                negatives++;
                if (firstNeg < 0) {
                    firstNeg = j;
                    firstVal = prev;
                }
            }
        }
        // the top coefficient must equal Q_{deg-1}: remainder c_deg - Q_{deg-1}
        BigInteger remainder = c.coefficient(deg).subtract(deg == 0 ? BigInteger.ZERO : prev);
        return new Result(mb, IntPolynomial.of(q), remainder, firstNeg, firstVal, negatives, (System.nanoTime() - t0) / 1e9);
    }
}
