package lae.algebra;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.fraction.BigFraction;

/**
 * Exact data in the principal basis: X is m x n with singular values s_1 &gt; ... &gt; s_min(m,n) &gt; 0,
 * exact rationals. The losses depend on X only through C = X X^T = U diag(s_i^2) U^T, and the change of
 * variables (W1, W2) -&gt; (W1 U, U^T W2) is an isometry of the parameter space that maps the loss for C to
 * the loss for diag(c), c_i = s_i^2 (c_i = 0 for i &gt; n). So the critical variety is computed for
 * C = diag(c), and a critical point of the original data is rotated by U to be compared.
 *
 * @param m              rows of X
 * @param n              columns of X
 * @param singularValues s_1 .. s_min(m, n), exact
 * @param source         how the claim file wrote them (for reports)
 */
public record ExactData(int m, int n, List<BigFraction> singularValues, String source) {
    public ExactData {
        singularValues = List.copyOf(singularValues);
        if (singularValues.size() != Math.min(m, n)) {
            throw new IllegalArgumentException(singularValues.size() + " singular values for min(m, n) = " + Math.min(m, n));
        }
    }

    /** c_i = s_i^2, i = 1..m (zero beyond min(m, n)). */
    public List<BigFraction> covarianceDiagonal() {
        List<BigFraction> c = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            c.add(i < singularValues.size() ? singularValues.get(i).pow(2) : BigFraction.ZERO);
        }
        return c;
    }

    /** "s = (3, 2, 1)". */
    public String describe() {
        List<String> s = new ArrayList<>();
        for (BigFraction x : singularValues) {
            s.add(LossMember.format(x));
        }
        return "s = (" + String.join(", ", s) + ")";
    }
}
