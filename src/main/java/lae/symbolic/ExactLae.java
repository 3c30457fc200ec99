package lae.symbolic;

import java.math.BigInteger;

import org.hipparchus.fraction.BigFraction;

import lae.model.LossKind;

/**
 * The closed forms of {@link lae.model.RegularizedLaeLoss} (gradient and dense Hessian in the
 * coordinates theta = (vec_row(W1), vec_row(W2))) in exact rational arithmetic, and the Table-1
 * critical points in the singular basis of X.
 *
 * <p>Singular basis: the losses depend on X only through C = X X<sup>T</sup> = U diag(c) U<sup>T</sup>
 * (c<sub>i</sub> = s<sub>i</sub><sup>2</sup>). The change of variables (W1, W2) &rarr; (W1 U, U<sup>T</sup> W2)
 * is orthogonal on theta and maps the loss for C to the loss for diag(c), so Hessians at
 * corresponding points are orthogonally similar and have the same inertia. Hence it suffices to
 * take C = diag(c) and U = I.
 *
 * <p>Representatives of Table 1 (with G = [I_l; 0] up to the scaling allowed by F_I, O = [I_l; 0]):
 * latent r (1 &lt;= r &lt;= l) is attached to coordinate i_r, with W1[r, i_r] = d_r and
 * W2[i_r, r] = e_r, all other entries 0, where
 * <ul>
 *   <li>L: d = e = 1 (G = [I;0]);</li>
 *   <li>L_pi: d = 1, e = c/(c + lambda): this is G = [D<sup>-1</sup>; 0] with
 *       D = (I + lambda Sigma<sup>-2</sup>)<sup>-1/2</sup>, a point of F_I, chosen so that every entry is
 *       rational; the GL_k action is a linear change of coordinates preserving the loss, so the
 *       inertia is the same as at G = [I;0];</li>
 *   <li>L_sigma: d = e = (1 - lambda/c)<sup>1/2</sup>, which must be rational (an exception names the
 *       entry otherwise);</li>
 *   <li>synthetic, (lambda_pi, lambda_sigma) = ((1-w) lambda, w lambda): d = e = ((c - lambda_sigma)/(c + lambda_pi))<sup>1/2</sup>,
 *       the diagonal critical points found in the 1-D analysis (not in the paper's Table 1).</li>
 * </ul>
 */
public final class ExactLae {
    private final int m;
    private final int k;
    private final BigFraction[][] c;
    private final BigFraction[][] mm;
    private final BigFraction ls;
    private final BigFraction lp;

    /** Loss with covariance {@code c} (m x m, symmetric) and the given lambdas. */
    public ExactLae(BigFraction[][] c, int k, BigFraction lambdaPi, BigFraction lambdaSigma) {
        this.m = c.length;
        this.k = k;
        this.c = c;
        this.lp = lambdaPi;
        this.ls = lambdaSigma;
        this.mm = new BigFraction[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                mm[i][j] = i == j ? c[i][j].add(lp) : c[i][j];
            }
        }
    }

    /** (lambda_pi, lambda_sigma) of a loss kind, as in {@link lae.model.RegularizedLaeLoss}. */
    public static BigFraction[] lambdas(LossKind kind, BigFraction lambda, BigFraction wSigma) {
        switch (kind) {
            case L: return new BigFraction[] {BigFraction.ZERO, BigFraction.ZERO};
            case L_PI: return new BigFraction[] {lambda, BigFraction.ZERO};
            case L_SIGMA: return new BigFraction[] {BigFraction.ZERO, lambda};
            default: return new BigFraction[] {BigFraction.ONE.subtract(wSigma).multiply(lambda), wSigma.multiply(lambda)};
        }
    }

    /** The loss for C = diag(cDiag). */
    public static ExactLae diagonal(BigFraction[] cDiag, int k, LossKind kind, BigFraction lambda, BigFraction wSigma) {
        int m = cDiag.length;
        BigFraction[][] c = new BigFraction[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                c[i][j] = i == j ? cDiag[i] : BigFraction.ZERO;
            }
        }
        BigFraction[] l = lambdas(kind, lambda, wSigma);
        return new ExactLae(c, k, l[0], l[1]);
    }

    /**
     * The Table-1 point for index set {@code indexSet} (1-based, increasing, size l &lt;= k) in the
     * singular basis, as {W1 (k x m), W2 (m x k)}; see the class comment for the representative.
     */
    public static BigFraction[][][] table1Point(LossKind kind, BigFraction[] cDiag, int k, int[] indexSet,
                                                BigFraction lambda, BigFraction wSigma) {
        int m = cDiag.length;
        BigFraction[][] w1 = RationalMatrices.zeros(k, m);
        BigFraction[][] w2 = RationalMatrices.zeros(m, k);
        BigFraction[] l = lambdas(kind, lambda, wSigma);
        for (int r = 0; r < indexSet.length; r++) {
            int i = indexSet[r] - 1;
            BigFraction ci = cDiag[i];
            BigFraction d;
            BigFraction e;
            switch (kind) {
                case L: d = BigFraction.ONE; e = BigFraction.ONE; break;
                case L_PI: d = BigFraction.ONE; e = ci.divide(ci.add(lambda)); break;
                default:
                    d = sqrt(ci.subtract(l[1]).divide(ci.add(l[0])), "(c_" + (i + 1) + " - lambda_sigma)/(c_" + (i + 1) + " + lambda_pi)");
                    e = d;
                    break;
            }
            w1[r][i] = d;
            w2[i][r] = e;
        }
        return new BigFraction[][][] {w1, w2};
    }

    /** Exact square root of a non-negative rational that is a square of a rational; throws otherwise. */
    public static BigFraction sqrt(BigFraction q, String what) {
        if (q.getNumerator().signum() * q.getDenominator().signum() < 0) {
            throw new IllegalArgumentException(what + " = " + q + " is negative: no real Table-1 point");
        }
        BigInteger n = q.getNumerator().abs();
        BigInteger d = q.getDenominator().abs();
        BigInteger rn = n.sqrt();
        BigInteger rd = d.sqrt();
        if (!rn.multiply(rn).equals(n) || !rd.multiply(rd).equals(d)) {
            throw new IllegalArgumentException(what + " = " + q + " is not the square of a rational; choose data so that it is");
        }
        return new BigFraction(rn, rd);
    }

    /** W = W2 W1. */
    public BigFraction[][] product(BigFraction[][] w1, BigFraction[][] w2) {
        return RationalMatrices.multiply(w2, w1);
    }

    /** Gw = 2 (W M - C). */
    public BigFraction[][] gradientInW(BigFraction[][] w) {
        BigFraction[][] wm = RationalMatrices.multiply(w, mm);
        BigFraction[][] g = new BigFraction[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                g[i][j] = wm[i][j].subtract(c[i][j]).multiply(2);
            }
        }
        return g;
    }

    /** The gradient in theta coordinates: (vec_row(W2^T Gw + 2 ls W1), vec_row(Gw W1^T + 2 ls W2)). */
    public BigFraction[] gradient(BigFraction[][] w1, BigFraction[][] w2) {
        BigFraction[][] gw = gradientInW(product(w1, w2));
        BigFraction[] g = new BigFraction[2 * k * m];
        int half = k * m;
        for (int a = 0; a < k; a++) {
            for (int j = 0; j < m; j++) {
                BigFraction s = w1[a][j].multiply(ls).multiply(2);
                for (int i = 0; i < m; i++) {
                    s = s.add(w2[i][a].multiply(gw[i][j]));
                }
                g[a * m + j] = s;
            }
        }
        for (int i = 0; i < m; i++) {
            for (int a = 0; a < k; a++) {
                BigFraction s = w2[i][a].multiply(ls).multiply(2);
                for (int j = 0; j < m; j++) {
                    s = s.add(gw[i][j].multiply(w1[a][j]));
                }
                g[half + i * k + a] = s;
            }
        }
        return g;
    }

    /**
     * The dense Hessian, entry for entry the formula of {@link lae.model.RegularizedLaeLoss#hessian}:
     * H11 = 2 (W2^T W2) (x) M, H22 = 2 I_m (x) (W1 M W1^T),
     * H12[(a,j),(i,a')] = 2 W2[i,a] (M W1^T)[j,a'] + Gw[i,j] delta(a,a'), plus 2 lambda_sigma I.
     */
    public BigFraction[][] hessian(BigFraction[][] w1, BigFraction[][] w2) {
        int half = k * m;
        int n = 2 * half;
        BigFraction[][] h = RationalMatrices.zeros(n, n);
        BigFraction[][] gw = gradientInW(product(w1, w2));
        BigFraction[][] w2tw2 = RationalMatrices.multiply(RationalMatrices.transpose(w2), w2);
        BigFraction[][] mw1t = RationalMatrices.multiply(mm, RationalMatrices.transpose(w1));
        BigFraction[][] w1mw1t = RationalMatrices.multiply(w1, mw1t);
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < m; b++) {
                for (int a2 = 0; a2 < k; a2++) {
                    for (int b2 = 0; b2 < m; b2++) {
                        h[a * m + b][a2 * m + b2] = w2tw2[a][a2].multiply(mm[b][b2]).multiply(2);
                    }
                }
            }
        }
        for (int i = 0; i < m; i++) {
            for (int a = 0; a < k; a++) {
                for (int a2 = 0; a2 < k; a2++) {
                    h[half + i * k + a][half + i * k + a2] = w1mw1t[a][a2].multiply(2);
                }
            }
        }
        for (int a = 0; a < k; a++) {
            for (int j = 0; j < m; j++) {
                for (int i = 0; i < m; i++) {
                    for (int a2 = 0; a2 < k; a2++) {
                        BigFraction v = w2[i][a].multiply(mw1t[j][a2]).multiply(2);
                        if (a == a2) {
                            v = v.add(gw[i][j]);
                        }
                        h[a * m + j][half + i * k + a2] = v;
                        h[half + i * k + a2][a * m + j] = v;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            h[i][i] = h[i][i].add(ls.multiply(2));
        }
        return h;
    }
}
