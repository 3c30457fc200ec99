package lae.algebra;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.fraction.BigFraction;

/**
 * The critical components that Table 1 predicts, as algebraic sets, for an index set I = {i_1 &lt; ... &lt; i_l},
 * l &lt;= k, in the principal basis (U_I = columns I of the identity). With
 * <pre>
 *   d_i = (c_i - lambda_sigma) / (c_i + lambda_pi)    (L: 1; L_pi: c_i/(c_i + lambda); L_sigma: 1 - lambda/c_i;
 *                                                      L_synthetic(w): t_i^2 of docs/explore.md, "synthetic Table 1")
 * </pre>
 * the family of I is the set of real solutions of
 * <pre>
 *   W1[r, j] = 0 and W2[j, r] = 0 for j not in I,     (W2 W1)[i, i'] = d_i delta_{i i'} for i, i' in I,
 *   and, for L_sigma and L_synthetic(w &gt; 0), W1 = W2^T.
 * </pre>
 * <b>Product type</b> (L, L_pi): the real solutions are W1 = G' U_I^T, W2 = U_I H' with H' G' = D = diag(d_I), i.e.
 * (G A U_I^T, U_I A H) with A = D^(1/2), G = G' A^-1 in F_I and H G = I_l: the corrected component of
 * {@code proofs/critical_set.m}, one GL_k orbit of dimension 2kl - l^2; the printed image of Table 1 is the
 * subset H = G^+, of dimension kl. <b>Sum type</b> (L_sigma, L_synthetic): W1 = W2^T and W1^T W1 = D on I give
 * W1 = O D^(1/2) U_I^T with O^T O = I_l, O in V_I: Table 1's (and the synthetic Table 1's) component, one O(k) orbit
 * of dimension kl - l(l+1)/2; real only if every d_i &gt; 0.
 *
 * <p>A prime P that contains these equations has all its real points in the family of I; that is how a
 * component is identified (membership re-checked in Java by {@link Reduction}).
 */
public final class TableOneFamily {
    private TableOneFamily() {
    }

    /** True for L_sigma and L_synthetic (W1 = W2^T on the family); false for L and L_pi. */
    public static boolean sumType(LossMember loss) {
        return loss.kind() == LossMember.Kind.L_SIGMA || loss.kind() == LossMember.Kind.L_SYNTHETIC;
    }

    /** d_i = (c_i - lambda_sigma)/(c_i + lambda_pi), i = 1..m (null where c_i + lambda_pi = 0). */
    public static List<BigFraction> diagonal(LossMember loss, List<BigFraction> c) {
        BigFraction ls = loss.uniformSumWeight();
        List<BigFraction> d = new ArrayList<>();
        for (BigFraction ci : c) {
            BigFraction den = ci.add(loss.lambdaPi());
            d.add(den.signum() == 0 ? null : ci.subtract(ls).divide(den));
        }
        return d;
    }

    /**
     * The index sets that Table 1 (or the synthetic Table 1) lists: every I with |I| &lt;= k, within
     * {i : c_i &gt; lambda_sigma} for the sum type (Theorem 3.1, 2.; m_0 for L_sigma), and I within {i : c_i &gt; 0}.
     */
    public static List<List<Integer>> predictedIndexSets(LossMember loss, List<BigFraction> c, int k) {
        BigFraction ls = loss.uniformSumWeight();
        List<Integer> allowed = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (c.get(i).compareTo(sumType(loss) ? ls : BigFraction.ZERO) > 0) {
                allowed.add(i + 1);
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        subsets(allowed, 0, k, new ArrayList<>(), out);
        out.sort(TableOneFamily::compareSets);
        return out;
    }

    private static void subsets(List<Integer> from, int start, int max, List<Integer> cur, List<List<Integer>> out) {
        out.add(List.copyOf(cur));
        if (cur.size() == max) {
            return;
        }
        for (int j = start; j < from.size(); j++) {
            cur.add(from.get(j));
            subsets(from, j + 1, max, cur, out);
            cur.remove(cur.size() - 1);
        }
    }

    /** Index sets by size, then lexicographically. */
    public static int compareSets(List<Integer> a, List<Integer> b) {
        if (a.size() != b.size()) {
            return Integer.compare(a.size(), b.size());
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return Integer.compare(a.get(i), b.get(i));
            }
        }
        return 0;
    }

    /** The equations of the family of {@code indexSet} (1-based) in the ring of {@code ideal}. */
    public static List<Polynomial> equations(GradientIdeal ideal, List<Integer> indexSet) {
        LossMember loss = ideal.loss();
        List<BigFraction> d = diagonal(loss, ideal.covariance());
        int nv = ideal.names().size();
        Polynomial[][] w1 = ideal.w1();
        Polynomial[][] w2 = ideal.w2();
        Polynomial[][] w = ideal.w();
        List<Polynomial> out = new ArrayList<>();
        for (int j = 1; j <= ideal.m(); j++) {
            if (indexSet.contains(j)) {
                continue;
            }
            for (int r = 0; r < ideal.k(); r++) {
                out.add(w1[r][j - 1]);
                out.add(w2[j - 1][r]);
            }
        }
        for (int i : indexSet) {
            for (int i2 : indexSet) {
                BigFraction target = i == i2 ? d.get(i - 1) : BigFraction.ZERO;
                out.add(w[i - 1][i2 - 1].minus(Polynomial.constant(nv, target)));
            }
        }
        if (sumType(loss)) {
            out.addAll(ideal.asymmetry());
        }
        return out;
    }

    /** The printed dimension of a component with |I| = l (C16): kl for F_I (L, L_pi), kl - l(l+1)/2 for V_I. */
    public static int printedDimension(LossMember loss, int k, int l) {
        return sumType(loss) ? k * l - l * (l + 1) / 2 : k * l;
    }

    /**
     * The dimension of the real family of |I| = l: 2kl - l^2 (product type, the GL_k orbit
     * {(G A U_I^T, U_I A H) : H G = I_l}) or kl - l(l+1)/2 (sum type, the Stiefel manifold V_l(R^k)).
     */
    public static int familyDimension(LossMember loss, int k, int l) {
        return sumType(loss) ? k * l - l * (l + 1) / 2 : 2 * k * l - l * l;
    }
}
