package lae.model;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The loss family of {@link LossMember} on one data set, with its exact derivatives: the reference object API (the
 * allocation-free kernels {@link LossDerivatives} and {@link HessianSquare} are held to it by tests). For the member
 * with product weight lambda_pi and unit sum weights lambda_sigma_j,
 * <pre>
 *   f(W1, W2) = ||X - W2 W1 X||_F^2 + lambda_pi ||W2 W1||_F^2 + sum_j lambda_sigma_j (||row_j W1||^2 + ||col_j W2||^2).
 * </pre>
 * It depends on the data only through C = X X^T: with W = W2 W1, M = C + lambda_pi I and Lambda = diag(lambda_sigma_j),
 * <pre>
 *   f = tr C - 2 tr(W C) + tr(W M W^T) + tr(Lambda (W1 W1^T + W2^T W2)).
 * </pre>
 * Closed forms (Gw = 2 (W M - C) is the gradient in W):
 * <pre>
 *   df/dW1 = W2^T Gw + 2 Lambda W1,      df/dW2 = Gw W1^T + 2 W2 Lambda,
 *   H[D] = ( W2^T Hw + D2^T Gw + 2 Lambda D1,  Hw W1^T + Gw D1^T + 2 D2 Lambda ),
 *          with dW = D2 W1 + W2 D1 and Hw = 2 dW M,
 * </pre>
 * so that f(P + D) = f + &lt;grad, D&gt; + (1/2) &lt;D, H[D]&gt; + O(|D|^3) (Kunin et al. 2019, Section 2, for the
 * uniform members; the unit weights enter only through the diagonal term). The dense Hessian in the coordinates of
 * {@link LaePoint#toVector()} has blocks H11 = 2 (W2^T W2) (x) M, H22 = 2 I_m (x) (W1 M W1^T),
 * H12[(a,j),(i,a')] = 2 W2[i,a] (M W1^T)[j,a'] + Gw[i,j] delta(a,a'), plus 2 lambda_sigma_a on the diagonal of every
 * coordinate of latent unit a.
 */
public final class RegularizedLaeLoss {
    private final LossMember member;
    private final double[] twoSigma;
    private final boolean sumRegularised;
    private final DMatrixRMaj c;
    private final DMatrixRMaj mMat;
    private final double traceC;
    private final int m;
    private final int k;

    private RegularizedLaeLoss(LossMember member, DMatrixRMaj covariance, int k) {
        if (!member.uniform() && member.units() != k) {
            throw new IllegalArgumentException(member.describe() + " has " + member.units() + " unit weights, not k = " + k);
        }
        this.member = member;
        this.c = covariance;
        this.m = covariance.numRows;
        this.k = k;
        this.twoSigma = new double[k];
        for (int a = 0; a < k; a++) {
            twoSigma[a] = 2 * member.lambdaSigma(a);
        }
        this.sumRegularised = !member.glSymmetric();
        this.mMat = covariance.copy();
        for (int i = 0; i < m; i++) {
            mMat.add(i, i, member.lambdaPi());
        }
        this.traceC = CommonOps_DDRM.trace(covariance);
    }

    /**
     * The loss of {@code member} for the data covariance C = X X^T (m x m, kept, not copied) and k latent units.
     *
     * @throws IllegalArgumentException if the member fixes a number of unit weights other than k
     */
    public static RegularizedLaeLoss of(LossMember member, DMatrixRMaj covariance, int k) {
        return new RegularizedLaeLoss(member, covariance, k);
    }

    /** The named member {@code kind} (w_sigma used by the synthetic one only): {@link LossMember#of(LossKind, double, double)}. */
    public static RegularizedLaeLoss of(LossKind kind, double lambda, double wSigma, DMatrixRMaj covariance, int k) {
        return new RegularizedLaeLoss(LossMember.of(kind, lambda, wSigma), covariance, k);
    }

    /** L, L_pi or L_sigma at lambda: {@link LossMember#of(LossKind, double)}. */
    public static RegularizedLaeLoss of(LossKind kind, double lambda, DMatrixRMaj covariance, int k) {
        return new RegularizedLaeLoss(LossMember.of(kind, lambda), covariance, k);
    }

    /** The member of the family this loss is. */
    public LossMember member() { return member; }
    /** The paper's name of the member (null for one given by unit weights). */
    public LossKind kind() { return member.kind(); }
    /** The member's total weight lambda. */
    public double lambda() { return member.lambda(); }
    /** The member's weight w_sigma (meaningful for the synthetic member). */
    public double wSigma() { return member.wSigma(); }
    /** The product weight lambda_pi. */
    public double lambdaPi() { return member.lambdaPi(); }
    /** The uniform sum weight lambda_sigma ({@link LossMember#lambdaSigma()}: refused for unit weights). */
    public double lambdaSigma() { return member.lambdaSigma(); }
    /** The data dimension m. */
    public int m() { return m; }
    /** The number of latent units k. */
    public int k() { return k; }
    /** C = X X^T (shared, do not modify). */
    public DMatrixRMaj covariance() { return c; }
    /** M = C + lambda_pi I (shared, do not modify). */
    DMatrixRMaj mMatrix() { return mMat; }
    /** 2 lambda_sigma_a, the diagonal that the sum regulariser adds to the Hessian on every coordinate of unit a. */
    double twoSigma(int unit) { return twoSigma[unit]; }
    /** The number of parameters, 2 k m. */
    public int dimension() { return 2 * m * k; }

    /** The member's name as the reports print it ({@link LossMember#describe()}). */
    public String describe() {
        return member.describe();
    }

    /** f(W1, W2). */
    public double value(LaePoint p) {
        DMatrixRMaj w = p.product();
        DMatrixRMaj wm = new DMatrixRMaj(m, m);
        CommonOps_DDRM.mult(w, mMat, wm);
        double trWC = 0;
        double trWMWt = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                trWC += w.get(i, j) * c.get(j, i);
                trWMWt += wm.get(i, j) * w.get(i, j);
            }
        }
        double reg = 0;
        if (sumRegularised) {
            reg = member.uniform() ? member.lambdaSigma() * (sq(p.w1) + sq(p.w2)) : unitSum(p);
        }
        return traceC - 2 * trWC + trWMWt + reg;
    }

    /** Gw = 2 (W M - C), the gradient of the loss as a function of W = W2 W1 alone. */
    public DMatrixRMaj gradientInW(DMatrixRMaj w) {
        DMatrixRMaj g = new DMatrixRMaj(m, m);
        CommonOps_DDRM.mult(2.0, w, mMat, g);
        CommonOps_DDRM.addEquals(g, -2.0, c);
        return g;
    }

    /** (df/dW1, df/dW2) as a point of the same shape. */
    public LaePoint gradient(LaePoint p) {
        DMatrixRMaj gw = gradientInW(p.product());
        DMatrixRMaj g1 = new DMatrixRMaj(k, m);
        DMatrixRMaj g2 = new DMatrixRMaj(m, k);
        CommonOps_DDRM.multTransA(p.w2, gw, g1);
        CommonOps_DDRM.multTransB(gw, p.w1, g2);
        if (sumRegularised) {
            addSumTerm(g1, p.w1, g2, p.w2);
        }
        return new LaePoint(g1, g2);
    }

    /** The Hessian applied to a direction D = (D1, D2), without forming the Hessian. */
    public LaePoint hessianVector(LaePoint p, LaePoint d) {
        DMatrixRMaj gw = gradientInW(p.product());
        DMatrixRMaj dw = new DMatrixRMaj(m, m);
        CommonOps_DDRM.mult(d.w2, p.w1, dw);
        CommonOps_DDRM.multAdd(p.w2, d.w1, dw);
        DMatrixRMaj hw = new DMatrixRMaj(m, m);
        CommonOps_DDRM.mult(2.0, dw, mMat, hw);
        DMatrixRMaj h1 = new DMatrixRMaj(k, m);
        DMatrixRMaj h2 = new DMatrixRMaj(m, k);
        CommonOps_DDRM.multTransA(p.w2, hw, h1);
        CommonOps_DDRM.multAddTransA(d.w2, gw, h1);
        CommonOps_DDRM.multTransB(hw, p.w1, h2);
        CommonOps_DDRM.multAddTransB(gw, d.w1, h2);
        if (sumRegularised) {
            addSumTerm(h1, d.w1, h2, d.w2);
        }
        return new LaePoint(h1, h2);
    }

    /** The dense symmetric Hessian (2km x 2km) in the coordinates of {@link LaePoint#toVector()}. */
    public DMatrixRMaj hessian(LaePoint p) {
        DMatrixRMaj h = new DMatrixRMaj(dimension(), dimension());
        hessian(p, h);
        return h;
    }

    /** Writes the dense Hessian into {@code h}, which must be 2km x 2km. */
    public void hessian(LaePoint p, DMatrixRMaj h) {
        final int half = k * m;
        DMatrixRMaj w1 = p.w1;
        DMatrixRMaj w2 = p.w2;
        DMatrixRMaj gw = gradientInW(p.product());
        DMatrixRMaj w2tw2 = new DMatrixRMaj(k, k);
        CommonOps_DDRM.multTransA(w2, w2, w2tw2);
        DMatrixRMaj mw1t = new DMatrixRMaj(m, k);
        CommonOps_DDRM.multTransB(mMat, w1, mw1t);
        DMatrixRMaj w1mw1t = new DMatrixRMaj(k, k);
        CommonOps_DDRM.mult(w1, mw1t, w1mw1t);
        SymmetricPart.inPlace(w2tw2);
        SymmetricPart.inPlace(w1mw1t);
        h.reshape(2 * half, 2 * half);
        h.zero();
        final int n = 2 * half;
        double[] hd = h.data;
        final double[] mData = mMat.data;
        // H11[(a,b),(a',b')] = 2 (W2^T W2)[a,a'] M[b,b']
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < m; b++) {
                int row = (a * m + b) * n;
                for (int a2 = 0; a2 < k; a2++) {
                    double s = 2 * w2tw2.data[a * k + a2];
                    int col0 = a2 * m;
                    for (int b2 = 0; b2 < m; b2++) {
                        hd[row + col0 + b2] = s * mData[b * m + b2];
                    }
                }
            }
        }
        // H22[(i,a),(i',a')] = 2 delta(i,i') (W1 M W1^T)[a,a']
        for (int i = 0; i < m; i++) {
            for (int a = 0; a < k; a++) {
                int row = (half + i * k + a) * n + half + i * k;
                for (int a2 = 0; a2 < k; a2++) {
                    hd[row + a2] = 2 * w1mw1t.data[a * k + a2];
                }
            }
        }
        // H12[(a,j),(i,a')] = 2 W2[i,a] (M W1^T)[j,a'] + Gw[i,j] delta(a,a'), and its transpose
        for (int a = 0; a < k; a++) {
            for (int j = 0; j < m; j++) {
                int r = a * m + j;
                for (int i = 0; i < m; i++) {
                    double w2ia = 2 * w2.data[i * k + a];
                    for (int a2 = 0; a2 < k; a2++) {
                        double v = w2ia * mw1t.data[j * k + a2];
                        if (a == a2) {
                            v += gw.data[i * m + j];
                        }
                        int cIdx = half + i * k + a2;
                        hd[r * n + cIdx] = v;
                        hd[cIdx * n + r] = v;
                    }
                }
            }
        }
        if (sumRegularised) {
            for (int a = 0; a < k; a++) {
                for (int j = 0; j < m; j++) {
                    int i1 = a * m + j;
                    int i2 = half + j * k + a;
                    hd[i1 * n + i1] += twoSigma[a];
                    hd[i2 * n + i2] += twoSigma[a];
                }
            }
        }
    }

    /** g1 += 2 Lambda d1 and g2 += 2 d2 Lambda: the sum regulariser's part of the gradient (d = P) or of H[D] (d = D). */
    private void addSumTerm(DMatrixRMaj g1, DMatrixRMaj d1, DMatrixRMaj g2, DMatrixRMaj d2) {
        for (int a = 0; a < k; a++) {
            for (int j = 0; j < m; j++) {
                g1.data[a * m + j] += twoSigma[a] * d1.data[a * m + j];
                g2.data[j * k + a] += twoSigma[a] * d2.data[j * k + a];
            }
        }
    }

    /** sum_a lambda_sigma_a (||row_a W1||^2 + ||col_a W2||^2). */
    private double unitSum(LaePoint p) {
        double reg = 0;
        for (int a = 0; a < k; a++) {
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += p.w1.data[a * m + j] * p.w1.data[a * m + j] + p.w2.data[j * k + a] * p.w2.data[j * k + a];
            }
            reg += member.lambdaSigma(a) * s;
        }
        return reg;
    }

    private static double sq(DMatrixRMaj a) {
        double s = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            s += a.data[i] * a.data[i];
        }
        return s;
    }
}
