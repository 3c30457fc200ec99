package lae.topology;

import lae.model.LossKind;

/**
 * What the toolkit assumes about the topology of each loss's critical components, and whether the
 * Morse-Bott theorem ({@link MorseBottTest}) applies to the loss.
 *
 * <ul>
 *   <li><b>L_sigma</b> (lambda &gt; 0): the component of I is V_I, the k x l matrices with orthonormal
 *       columns, i.e. the Stiefel manifold V_l(R^k) (compact, dimension k l - l (l + 1) / 2). The loss is
 *       coercive: L_sigma &gt;= lambda (||W1||^2 + ||W2||^2), so its sublevel sets are compact. With
 *       distinct singular values and no s_i^2 = lambda, the census measures Hessian nullity = dim V_I on
 *       every component (Morse-Bott non-degenerate). The theorem applies.</li>
 *   <li><b>L and L_pi</b>: the component of I is {(G A U_I^T, U_I A H) : G in F_I, H in R^{l x k},
 *       H G = I_l} (the corrected C15; A = I for L, (I + lambda Sigma_I^-2)^-1/2 for L_pi), of dimension
 *       2 k l - l^2. Projecting to G makes it a bundle over F_I whose fibre {H : H G = I_l} is an affine
 *       space of dimension l (k - l), hence contractible, so the component is homotopy equivalent to F_I;
 *       Gram-Schmidt deformation-retracts F_I (an open set of full-rank k x l matrices) onto V_l(R^k).
 *       Z2 Poincare polynomial: that of V_l(R^k). <b>The Morse-Bott hypotheses fail</b>: neither loss is
 *       coercive (both are constant along the GL_k orbits (M W1, W2 M^-1), which are unbounded), and every
 *       component with l &gt;= 1 is non-compact. The Morse-Bott polynomial is still computed, formally, but
 *       its outcome decides nothing.</li>
 * </ul>
 */
public final class LandscapeTopology {
    private LandscapeTopology() {
    }

    /** The homotopy type of the component of I, |I| = l, in words. */
    public static String homotopyType(LossKind kind) {
        return kind == LossKind.L_SIGMA
                ? "V_I = V_l(R^k) (k x l matrices with orthonormal columns; compact, dimension kl - l(l+1)/2)"
                : "{(G A U_I^T, U_I A H) : G in F_I, H G = I_l} (dimension 2kl - l^2): an affine bundle (fibre R^{l(k-l)}) over F_I, "
                        + "and F_I (full-rank k x l) retracts onto V_l(R^k) by Gram-Schmidt; so ~ V_l(R^k)";
    }

    /** Why the Morse-Bott theorem does not apply, or null when it does. */
    public static String hypothesisFailure(LossKind kind, double lambda, double[] s) {
        if (kind != LossKind.L_SIGMA) {
            return kind.label() + " is not coercive (constant along the unbounded GL_k orbits (M W1, W2 M^-1)) and its components with l >= 1 "
                    + "are not compact ({(G A U_I^T, U_I A H) : H G = I_l}), so the Morse-Bott inequalities need not hold";
        }
        if (!(lambda > 0)) {
            return "lambda = " + lambda + ": L_sigma is not coercive without regularization";
        }
        for (int i = 0; i < s.length; i++) {
            if (!(s[i] > 0)) {
                return "s_" + (i + 1) + " = " + s[i] + ": Theorem 3.1 assumes positive singular values";
            }
            if (i > 0 && !(s[i] < s[i - 1])) {
                return "s_" + i + " = s_" + (i + 1) + " = " + s[i] + ": Theorem 3.1 assumes distinct singular values (components merge and degenerate)";
            }
            if (s[i] * s[i] == lambda) {
                return "s_" + (i + 1) + "^2 = lambda = " + lambda + ": the bifurcation point, where components of L_sigma are degenerate";
            }
        }
        return null;
    }

    /** m0: the number of singular values with s_i^2 &gt; lambda (they are decreasing). */
    public static int m0(double[] s, double lambda) {
        int u = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] * s[i] > lambda) {
                u = i + 1;
            }
        }
        return u;
    }

    /** The rank: the number of positive singular values. */
    public static int rank(double[] s) {
        int u = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] > 0) {
                u = i + 1;
            }
        }
        return u;
    }
}
