package lae.explore;

/**
 * The closed-form inertia of the synthetic loss's Hessian at its Table-1 points (derived from the blocks of
 * {@link SyntheticBlockHessian}, proven symbolically in {@code proofs/block_structure.m} and certified exactly in
 * {@code proofs/synthetic_table1.m}). With lambda_sigma = w lambda &gt; 0, c_i = s_i<sup>2</sup>, I = {i_1 &lt; ... &lt; i_l}
 * within {i : c_i &gt; lambda_sigma}, N<sub>&gt;</sub> = #{i &notin; I : c_i &gt; lambda_sigma} and
 * N<sub>=</sub> = #{i &notin; I : c_i = lambda_sigma}:
 * <pre>
 *   index   = d_I + (k - l) N_&gt;,           d_I = sum_j (i_j - j)
 *   nullity = k l - l (l + 1)/2 + (k - l) N_=
 * </pre>
 * Block by block: an inactive latent with coordinate i has eigenvalues 2 lambda_sigma &plusmn; 2 c_i (one negative iff
 * c_i &gt; lambda_sigma, zero iff equal); an active latent on p with a coordinate i &notin; I has a 2x2 block of positive
 * trace and determinant 4 (c_p - c_i)((c_p + lambda_pi) c_i + c_p (lambda_pi + lambda_sigma))/(c_p + lambda_pi), negative
 * iff c_i &gt; c_p; the diagonal blocks are positive definite; each pair block has one zero (the O(k) rotation) and three
 * positive eigenvalues. A minimum (index 0) is therefore I = {1..l} with l = k, or l = m_s &lt; k (then N_&gt; = 0).
 */
public final class SyntheticIndexFormula {
    private SyntheticIndexFormula() {
    }

    /** d_I for a 1-based increasing index set. */
    public static int dI(int[] oneBased) {
        int d = 0;
        for (int j = 0; j < oneBased.length; j++) {
            d += oneBased[j] - (j + 1);
        }
        return d;
    }

    /** N_&gt;: coordinates outside I (1-based) with c_i &gt; lambda_sigma. */
    public static int above(double[] c, double lambdaSigma, int[] oneBased) {
        int n = 0;
        int next = 0;
        for (int i = 0; i < c.length; i++) {
            if (next < oneBased.length && oneBased[next] == i + 1) {
                next++;
            } else if (c[i] > lambdaSigma) {
                n++;
            }
        }
        return n;
    }

    /** N_=: coordinates outside I with c_i = lambda_sigma exactly. */
    public static int equal(double[] c, double lambdaSigma, int[] oneBased) {
        int n = 0;
        int next = 0;
        for (int i = 0; i < c.length; i++) {
            if (next < oneBased.length && oneBased[next] == i + 1) {
                next++;
            } else if (c[i] == lambdaSigma) {
                n++;
            }
        }
        return n;
    }

    public static int index(double[] c, double lambdaSigma, int k, int[] oneBased) {
        return dI(oneBased) + (k - oneBased.length) * above(c, lambdaSigma, oneBased);
    }

    public static int nullity(double[] c, double lambdaSigma, int k, int[] oneBased) {
        int l = oneBased.length;
        return k * l - l * (l + 1) / 2 + (k - l) * equal(c, lambdaSigma, oneBased);
    }
}
