package lae.landscape;

import java.util.function.DoublePredicate;

import lae.model.LossKind;
import lae.model.LossMember;

/**
 * The toolkit's classification of the predicted critical components: the Hessian index and nullity at the component
 * of I for each member of the loss family, derived from the Hessian's exact blocks ({@code proofs/block_structure.m},
 * BlockInertiaFormulas of the symbolic package, certified exactly in {@code proofs/synthetic_table1.m}; the printed
 * C16/C17 differ, which the census reports). With c_i = s_i^2, I = {i_1 &lt; ... &lt; i_l} within the universe of
 * {@link TableOne}, d_I = sum_j (i_j - j), N_&gt; = #{i &notin; I : c_i &gt; lambda_sigma} and
 * N_= = #{i &notin; I : c_i = lambda_sigma}:
 * <pre>
 *   index   = d_I + (k - l) N_&gt;
 *   nullity = k l - l (l + 1)/2 + (k - l) N_=    (a sum weight lambda_sigma &gt; 0: V_l(R^k) orbits)
 *   nullity = 2 k l - l^2                       (no sum weight, every c_i &gt; 0: GL_k orbits of dimension 2kl - l^2)
 * </pre>
 * Block by block: an inactive latent with coordinate i has eigenvalues 2 lambda_sigma &plusmn; 2 c_i (one negative iff
 * c_i &gt; lambda_sigma, zero iff equal); an active latent on p with a coordinate i &notin; I has a 2x2 block of
 * positive trace and determinant 4 (c_p - c_i)((c_p + lambda_pi) c_i + c_p (lambda_pi + lambda_sigma))/(c_p + lambda_pi),
 * negative iff c_i &gt; c_p; the diagonal blocks are positive definite; each pair block has one zero (the O(k)
 * rotation; two, with the GL_k symmetry) and the rest positive. So the minimum (index 0) is I = {1..l} with l = k, or
 * l = #{c_i &gt; lambda_sigma} &lt; k. For L and L_pi with full rank N_&gt; = m - l and for L_sigma N_&gt; = m0 - l: the
 * Symja forms {@link #indexFormula} and {@link #nullityFormula} that the census checks, alongside the printed ones.
 */
public final class PredictedInertia {
    /** The index of L and L_pi in claim-file variables (N_&gt; = m - l at full rank). */
    public static final String INDEX_NO_SUM_WEIGHT = "dI + (k - l)*(m - l)";
    /** The index of L_sigma (N_&gt; = m0 - l). */
    public static final String INDEX_SUM_WEIGHT = "dI + (k - l)*(m0 - l)";
    /** The nullity of L and L_pi: the dimension 2kl - l^2 of a GL_k orbit. */
    public static final String NULLITY_NO_SUM_WEIGHT = "2*k*l - l^2";
    /** The nullity of L_sigma: the dimension kl - l(l+1)/2 of the Stiefel manifold V_l(R^k). */
    public static final String NULLITY_SUM_WEIGHT = "k*l - l*(l+1)/2";

    private PredictedInertia() {
    }

    /** The index formula of the class comment as a claim-file expression, for L, L_pi (m) or L_sigma (m0). */
    public static String indexFormula(LossMember member) {
        return member.kind() == LossKind.L_SIGMA ? INDEX_SUM_WEIGHT : INDEX_NO_SUM_WEIGHT;
    }

    /** The nullity formula of the class comment as a claim-file expression, for L, L_pi or L_sigma. */
    public static String nullityFormula(LossMember member) {
        return member.kind() == LossKind.L_SIGMA ? NULLITY_SUM_WEIGHT : NULLITY_NO_SUM_WEIGHT;
    }

    /** d_I = sum_j (i_j - j) for a 1-based increasing index set. */
    public static int dI(int[] oneBased) {
        int d = 0;
        for (int j = 0; j < oneBased.length; j++) {
            d += oneBased[j] - (j + 1);
        }
        return d;
    }

    /** N_&gt;: the coordinates outside I (1-based, increasing) with c_i &gt; lambda_sigma. */
    public static int above(double[] c, double lambdaSigma, int[] oneBased) {
        return outside(c, oneBased, ci -> ci > lambdaSigma);
    }

    /** N_=: the coordinates outside I with c_i = lambda_sigma exactly. */
    public static int equal(double[] c, double lambdaSigma, int[] oneBased) {
        return outside(c, oneBased, ci -> ci == lambdaSigma);
    }

    /** The number of coordinates i outside I (1-based, increasing) whose c_i passes the test. */
    private static int outside(double[] c, int[] oneBased, DoublePredicate test) {
        int n = 0;
        int next = 0;
        for (int i = 0; i < c.length; i++) {
            if (next < oneBased.length && oneBased[next] == i + 1) {
                next++;
            } else if (test.test(c[i])) {
                n++;
            }
        }
        return n;
    }

    /** The index d_I + (k - l) N_&gt; at the component of I (lambda_sigma = 0 for the members without a sum weight). */
    public static int index(double[] c, double lambdaSigma, int k, int[] oneBased) {
        return dI(oneBased) + (k - oneBased.length) * above(c, lambdaSigma, oneBased);
    }

    /** The nullity at the component of I: kl - l(l+1)/2 + (k - l) N_= for lambda_sigma &gt; 0, else 2kl - l^2. */
    public static int nullity(double[] c, double lambdaSigma, int k, int[] oneBased) {
        int l = oneBased.length;
        if (lambdaSigma == 0) {
            return 2 * k * l - l * l;
        }
        return k * l - l * (l + 1) / 2 + (k - l) * equal(c, lambdaSigma, oneBased);
    }
}
