package lae.topology;

/**
 * The Z2 Poincare polynomial of the Stiefel manifold V_l(R^k) of k x l matrices with orthonormal
 * columns:
 * <pre>
 *   P(V_l(R^k); Z2)(t) = prod_{j=k-l}^{k-1} (1 + t^j).
 * </pre>
 * Source: A. Borel, "La cohomologie mod 2 de certains espaces homogenes", Comment. Math. Helv. 27
 * (1953); A. Hatcher, <i>Algebraic Topology</i>, 2002, Section 3.D (H^*(V_l(R^k); Z2) has a simple
 * system of generators in degrees k - l, ..., k - 1). For l = k the factor (1 + t^0) = 2 counts the
 * two components of O(k); for l = 0 the polynomial is 1 (a point). Also the homotopy type of the
 * open set F of full-rank k x l matrices: Gram-Schmidt (G = Q R, R upper triangular with positive
 * diagonal) deformation-retracts F onto V_l(R^k) along G_s = Q ((1 - s) R + s I).
 */
public final class StiefelPoincare {
    private StiefelPoincare() {
    }

    /** prod_{j=k-l}^{k-1} (1 + t^j), 0 &lt;= l &lt;= k. */
    public static IntPolynomial z2(int k, int l) {
        if (l < 0 || l > k) {
            throw new IllegalArgumentException("V_l(R^k) needs 0 <= l <= k, got k=" + k + ", l=" + l);
        }
        IntPolynomial p = IntPolynomial.ONE;
        for (int j = k - l; j <= k - 1; j++) {
            p = p.timesOnePlusPower(j);
        }
        return p;
    }

    /** Dimension of V_l(R^k): k l - l (l + 1) / 2. */
    public static int dimension(int k, int l) {
        return k * l - l * (l + 1) / 2;
    }
}
