package lae.landscape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

/**
 * The toolkit's own classification of the critical set of the tied LAE of Kunin, Bloom, Goeva and Seed (ICML 2019,
 * Appendix A), f(W) = ||X - W^T W X||^2 + 2 lambda ||W||^2 on W (k x m), for lambda &gt; 0 and distinct positive
 * sigma_i = s_i^2 given in decreasing order, none equal to lambda (claim KUNIN-T1).
 * <ul>
 *   <li><b>Points.</b> grad f = 0 reads (E Sigma + Sigma E) W^T = 2 lambda W^T with E = I - W^T W. With W^T = V D R^T
 *       (thin SVD), multiplying by V^T on the left and R D^-1 on the right gives, entrywise, G_pq (2 - d_p^2 - d_q^2) =
 *       2 lambda delta_pq for G = V^T Sigma V; the diagonal forces d_p^2 = 1 - lambda / G_pp &lt; 1, so no off-diagonal entry survives
 *       (d_p^2 + d_q^2 &lt; 2), and the part of Sigma V outside V vanishes: V is spanned by principal directions. So the
 *       critical set is exactly the symmetric slice of L_sigma's (claim C9's and C22's points): for every index set I
 *       of l &lt;= k directions with sigma_i &gt; lambda, W = R D_I U_I^T with D_I = diag(1 - lambda / sigma_i)^(1/2)
 *       and R any k x l matrix with orthonormal columns. No point is critical for the restriction without being
 *       critical for L_sigma.</li>
 *   <li><b>Components.</b> The Stiefel manifold V_l(R^k) of such R: dimension k l - l(l+1)/2, connected for l &lt; k,
 *       two components for l = k (O(k)).</li>
 *   <li><b>Hessian.</b> L_sigma's quadratic form restricted to {(D, D^T)}: per (i in I, i' not in I) one eigenvalue
 *       2(sigma_i - sigma_i')(1 + lambda / sigma_i), negative when sigma_i' &gt; sigma_i; per (off unit, i' not in
 *       I) 4(lambda - sigma_i'); per (off unit, i in I) and per pair in I one zero (the orbit's tangent); the rest
 *       positive. Index = #{(i in I, i' not in I): sigma_i' &gt; sigma_i} + (k - l)(m0 - l), the same as L_sigma's
 *       corrected index, with m0 = #{sigma_i &gt; lambda}; nullity = the component's dimension (Morse-Bott).</li>
 * </ul>
 */
public final class TiedTableOne {
    private final double[] sigma;
    private final double lambda;
    private final int k;

    /**
     * One predicted component.
     *
     * @param indexSet   I (1-based directions)
     * @param dimension  k l - l(l+1)/2
     * @param pieces     connected components: 1 for l &lt; k, 2 for l = k
     * @param index      the predicted index
     * @param nullity    the predicted nullity (= dimension)
     */
    public record Component(IndexSet indexSet, int dimension, int pieces, int index, int nullity) {
    }

    private TiedTableOne(double[] sigma, double lambda, int k) {
        this.sigma = sigma.clone();
        this.lambda = lambda;
        this.k = k;
    }

    /**
     * The classification for sigma_1 &gt; sigma_2 &gt; ... (positive, or zero at the end), lambda and k.
     *
     * @throws IllegalArgumentException outside the generic case (lambda &lt;= 0, sigma not strictly decreasing while
     *                                  positive, or sigma_i = lambda)
     */
    public static TiedTableOne of(double[] sigma, double lambda, int k) {
        if (!(lambda > 0)) {
            throw new IllegalArgumentException("the tied classification needs lambda > 0");
        }
        for (int i = 0; i < sigma.length; i++) {
            if (sigma[i] == lambda) {
                throw new IllegalArgumentException("s_" + (i + 1) + "^2 = lambda: a degenerate case");
            }
            if (i > 0 && sigma[i - 1] > 0 && !(sigma[i] < sigma[i - 1])) {
                throw new IllegalArgumentException("s_i^2 must decrease strictly while positive");
            }
        }
        return new TiedTableOne(sigma, lambda, k);
    }

    /** m0 = #{i : sigma_i &gt; lambda}. */
    public int m0() {
        int c = 0;
        for (double s : sigma) {
            c += s > lambda ? 1 : 0;
        }
        return c;
    }

    /** Every predicted component, by index sets I within {1..m0}, |I| &lt;= k. */
    public List<Component> components() {
        List<Component> out = new ArrayList<>();
        for (IndexSet idx : IndexSet.allUpTo(m0(), k)) {
            out.add(component(idx));
        }
        return Collections.unmodifiableList(out);
    }

    /** The predicted component of I. */
    public Component component(IndexSet idx) {
        int l = idx.size();
        int dim = k * l - l * (l + 1) / 2;
        int index = 0;
        for (int i : idx.toArray()) {
            for (int o = 1; o <= sigma.length; o++) {
                if (!idx.contains(o) && sigma[o - 1] > sigma[i - 1]) {
                    index++;
                }
            }
        }
        index += (k - l) * (m0() - l);
        return new Component(idx, dim, l == k && l > 0 ? 2 : 1, index, dim);
    }

    /** The representative W = R D_I U_I^T with R = [I_l; 0] (k x m), in the principal basis. */
    public DMatrixRMaj point(IndexSet idx) {
        DMatrixRMaj w = new DMatrixRMaj(k, sigma.length);
        int[] set = idx.toArray();
        for (int t = 0; t < set.length; t++) {
            w.set(t, set[t] - 1, Math.sqrt(1 - lambda / sigma[set[t] - 1]));
        }
        return w;
    }
}
