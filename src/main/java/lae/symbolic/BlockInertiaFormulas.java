package lae.symbolic;

import org.hipparchus.fraction.BigFraction;

import lae.model.LossKind;
import lae.symbolic.ExactInertia.Inertia;

/**
 * Closed-form inertia (index = number of negative Hessian eigenvalues, nullity, positive count) of
 * the Hessian at a Table-1 critical point, from its block structure. Derived and proven in
 * {@code proofs/block_structure.m}; checked against exact LDL<sup>T</sup> inertia in
 * {@code proofs/index_certificates.m}.
 *
 * <p>Setting: singular basis, C = diag(c_1, ..., c_m) with c_i = s_i<sup>2</sup>,
 * lambda_pi and lambda_sigma as in {@link lae.model.RegularizedLaeLoss}, I = {i_1 &lt; ... &lt; i_l},
 * identity representative (latent r &harr; coordinate i_r). With the quadratic form
 * Q(D) = 2 tr(dW M dW<sup>T</sup>) + 2 &lt;D2 D1, G_W&gt; + 2 lambda_sigma |D|<sup>2</sup>,
 * dW = D2 W1 + W2 D1, G_W = diag(gamma_i), gamma_i = -2 c_i (i &notin; I),
 * gamma_i = -2 lambda_sigma (i &isin; I), the 2km coordinates split into blocks:
 * <ol type="a">
 *   <li>inactive latent a &gt; l with coordinate i: (D1[a,i], D2[i,a]), block
 *       [[2 ls, gamma_i], [gamma_i, 2 ls]], eigenvalues 2 ls &plusmn; gamma_i;</li>
 *   <li>active latent r (p = i_r) with coordinate i &notin; I: 2x2 with positive trace and determinant
 *       4 c_i (c_p - c_i) (L), 4 (c_p - c_i)(c_p c_i + lambda (c_p + c_i))/(c_p + lambda) (L_pi),
 *       4 (c_p - c_i)((c_p + lambda_pi) c_i + c_p (lambda_pi + lambda_sigma))/(c_p + lambda_pi) (lambda_sigma &gt; 0;
 *       L_sigma: 4 (c_p - c_i)(c_i + lambda));</li>
 *   <li>active latent r with its own coordinate p: eigenvalues {4 c_p, 0} (lambda_sigma = 0) or
 *       {4 (c_p - lambda_sigma), 4 lambda_sigma} (lambda_sigma &gt; 0);</li>
 *   <li>pairs of active latents r &lt; s: a 4x4 block of rank 2 (lambda_sigma = 0: two zero, two positive
 *       eigenvalues) or with one zero (the O(k) rotation) and three positive eigenvalues (lambda_sigma &gt; 0).</li>
 * </ol>
 * Hence, with t = lambda_sigma and N_&gt; = #{i &notin; I : c_i &gt; t}, N_= = #{i &notin; I : c_i = t}:
 * <pre>
 *   index   = d_I + (k - l) N_&gt;                     (all losses)
 *   nullity = 2kl - l^2 + 2 (k-l) N_=                (lambda_sigma = 0: L, L_pi; N_= counts c_i = 0)
 *   nullity = kl - l(l+1)/2 + (k-l) N_=              (lambda_sigma &gt; 0: L_sigma, synthetic)
 * </pre>
 * For distinct positive c_i: L, L_pi have index d_I + (k-l)(m-l) (the printed C17) and nullity
 * 2kl - l<sup>2</sup>, which exceeds the printed dim F_I = kl when 0 &lt; l &lt; k; L_sigma has index
 * d_I + (k-l)(m0-l), which is below the printed count when l &lt; k and m0 &lt; m, and nullity
 * kl - l(l+1)/2 = dim V_I (when no c_i equals lambda).
 */
public final class BlockInertiaFormulas {
    private BlockInertiaFormulas() {
    }

    /** d_I = sum_j (i_j - j) for a 1-based increasing index set. */
    public static int dI(int[] indexSet) {
        int d = 0;
        for (int j = 0; j < indexSet.length; j++) {
            d += indexSet[j] - (j + 1);
        }
        return d;
    }

    /** The printed count of C17: d_I + (k - l)(m - l). */
    public static int printedIndex(int m, int k, int[] indexSet) {
        int l = indexSet.length;
        return dI(indexSet) + (k - l) * (m - l);
    }

    /** The printed dimension of the component (C16): kl for L, L_pi (F_I); kl - l(l+1)/2 for L_sigma (V_I). */
    public static int printedNullity(LossKind kind, int k, int l) {
        return kind == LossKind.L || kind == LossKind.L_PI ? k * l : k * l - l * (l + 1) / 2;
    }

    /** Index from the block analysis. */
    public static int index(LossKind kind, BigFraction[] c, BigFraction lambda, BigFraction wSigma, int k, int[] indexSet) {
        return inertia(kind, c, lambda, wSigma, k, indexSet).negative();
    }

    /** Nullity from the block analysis. */
    public static int nullity(LossKind kind, BigFraction[] c, BigFraction lambda, BigFraction wSigma, int k, int[] indexSet) {
        return inertia(kind, c, lambda, wSigma, k, indexSet).zero();
    }

    /** Double convenience: each value is converted exactly to a rational. */
    public static Inertia inertia(LossKind kind, double[] c, double lambda, double wSigma, int k, int[] indexSet) {
        BigFraction[] cc = new BigFraction[c.length];
        for (int i = 0; i < c.length; i++) {
            cc[i] = new BigFraction(c[i]);
        }
        return inertia(kind, cc, new BigFraction(lambda), new BigFraction(wSigma), k, indexSet);
    }

    /**
     * Inertia (negative, zero, positive) of the Hessian of {@code kind} at the Table-1 point of
     * {@code indexSet}, from the block eigenvalue signs. Requires c_i &gt;= 0, lambda &gt;= 0, and for
     * lambda_sigma &gt; 0 that c_i &gt; lambda_sigma on I (else there is no real Table-1 point).
     */
    public static Inertia inertia(LossKind kind, BigFraction[] c, BigFraction lambda, BigFraction wSigma, int k, int[] indexSet) {
        int m = c.length;
        int l = indexSet.length;
        if (l > k) {
            throw new IllegalArgumentException("|I| = " + l + " > k = " + k);
        }
        BigFraction[] lam = ExactLae.lambdas(kind, lambda, wSigma);
        BigFraction lp = lam[0];
        BigFraction ls = lam[1];
        boolean[] inI = new boolean[m];
        for (int i : indexSet) {
            inI[i - 1] = true;
        }
        boolean sigma = ls.compareTo(BigFraction.ZERO) > 0;
        for (int i : indexSet) {
            if (sigma && c[i - 1].compareTo(ls) <= 0) {
                throw new IllegalArgumentException("c_" + i + " = " + c[i - 1] + " <= lambda_sigma = " + ls + ": no real Table-1 point for this I");
            }
            if (!sigma && c[i - 1].compareTo(BigFraction.ZERO) <= 0) {
                throw new IllegalArgumentException("c_" + i + " = 0: not a valid index set");
            }
        }
        int neg = 0;
        int zero = 0;
        int pos = 0;
        // (a) inactive latents: eigenvalues 2 ls +- gamma_i
        for (int i = 0; i < m; i++) {
            BigFraction gamma = inI[i] ? ls.multiply(-2) : c[i].multiply(-2);
            BigFraction twoLs = ls.multiply(2);
            int[] s = {twoLs.add(gamma).compareTo(BigFraction.ZERO), twoLs.subtract(gamma).compareTo(BigFraction.ZERO)};
            for (int sg : s) {
                if (sg < 0) {
                    neg += k - l;
                } else if (sg == 0) {
                    zero += k - l;
                } else {
                    pos += k - l;
                }
            }
        }
        // (b) active latent r with coordinate i not in I: positive trace, determinant sign below
        for (int r = 0; r < l; r++) {
            BigFraction cp = c[indexSet[r] - 1];
            for (int i = 0; i < m; i++) {
                if (inI[i]) {
                    continue;
                }
                BigFraction ci = c[i];
                BigFraction second = sigma
                        ? cp.add(lp).multiply(ci).add(cp.multiply(lp.add(ls)))
                        : cp.multiply(ci).add(lp.multiply(cp.add(ci)));
                int det = cp.subtract(ci).compareTo(BigFraction.ZERO) * second.compareTo(BigFraction.ZERO);
                if (det < 0) {
                    neg++;
                    pos++;
                } else if (det == 0) {
                    zero++;
                    pos++;
                } else {
                    pos += 2;
                }
            }
        }
        // (c) active diagonal pairs; (d) pairs of active latents
        int pairs = l * (l - 1) / 2;
        if (sigma) {
            pos += 2 * l + 3 * pairs;
            zero += pairs;
        } else {
            pos += l + 2 * pairs;
            zero += l + 2 * pairs;
        }
        if (neg + zero + pos != 2 * k * m) {
            throw new IllegalStateException("block sizes do not add up to 2km");
        }
        return new Inertia(neg, zero, pos);
    }
}
