package lae.model;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The regularized linear-autoencoder loss
 * <pre>
 *   f(W1, W2) = ||X - W2 W1 X||_F^2 + lambda_pi ||W2 W1||_F^2 + lambda_sigma (||W1||_F^2 + ||W2||_F^2)
 * </pre>
 * which is L (eq. 1), L_pi (Section 2), L_sigma (eq. 3) or the synthetic loss of Section 4.2
 * for the choices of (lambda_pi, lambda_sigma) in {@link LossKind}. It depends on the data only
 * through C = X X^T: with W = W2 W1 and M = C + lambda_pi I,
 * <pre>
 *   f = tr C - 2 tr(W C) + tr(W M W^T) + lambda_sigma (||W1||^2 + ||W2||^2).
 * </pre>
 * Closed forms (Gw = 2 (W M - C) is the gradient in W):
 * <pre>
 *   df/dW1 = W2^T Gw + 2 lambda_sigma W1,      df/dW2 = Gw W1^T + 2 lambda_sigma W2,
 *   H[D] = ( W2^T Hw + D2^T Gw,  Hw W1^T + Gw D1^T ) + 2 lambda_sigma D,
 *          with dW = D2 W1 + W2 D1 and Hw = 2 dW M,
 * </pre>
 * so that f(P + D) = f + &lt;grad, D&gt; + (1/2) &lt;D, H[D]&gt; + O(|D|^3).
 * The dense Hessian in the coordinates of {@link LaePoint#toVector()} has blocks
 * H11 = 2 (W2^T W2) (x) M, H22 = 2 I_m (x) (W1 M W1^T),
 * H12[(a,j),(i,a')] = 2 W2[i,a] (M W1^T)[j,a'] + Gw[i,j] delta(a,a'), plus 2 lambda_sigma I.
 */
public final class RegularizedLaeLoss {
    private final LossKind kind;
    private final double lambda;
    private final double wSigma;
    private final double lambdaPi;
    private final double lambdaSigma;
    private final DMatrixRMaj c;
    private final DMatrixRMaj mMat;
    private final double traceC;
    private final int m;
    private final int k;

    private RegularizedLaeLoss(LossKind kind, double lambda, double wSigma, DMatrixRMaj covariance, int k) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda = " + lambda + " is outside [0, inf)");
        }
        if (!(wSigma >= 0 && wSigma <= 1)) {
            throw new IllegalArgumentException("w_sigma = " + wSigma + " is outside [0, 1]");
        }
        this.kind = kind;
        this.lambda = lambda;
        this.wSigma = wSigma;
        switch (kind) {
            case L: lambdaPi = 0; lambdaSigma = 0; break;
            case L_PI: lambdaPi = lambda; lambdaSigma = 0; break;
            case L_SIGMA: lambdaPi = 0; lambdaSigma = lambda; break;
            default: lambdaPi = (1 - wSigma) * lambda; lambdaSigma = wSigma * lambda; break;
        }
        this.c = covariance;
        this.m = covariance.numRows;
        this.k = k;
        this.mMat = covariance.copy();
        for (int i = 0; i < m; i++) {
            mMat.add(i, i, lambdaPi);
        }
        this.traceC = CommonOps_DDRM.trace(covariance);
    }

    /** One of L, L_pi, L_sigma (wSigma is ignored) or the synthetic loss with weight w_sigma. */
    public static RegularizedLaeLoss of(LossKind kind, double lambda, double wSigma, DMatrixRMaj covariance, int k) {
        return new RegularizedLaeLoss(kind, lambda, wSigma, covariance, k);
    }

    public static RegularizedLaeLoss of(LossKind kind, double lambda, DMatrixRMaj covariance, int k) {
        return new RegularizedLaeLoss(kind, lambda, 0.5, covariance, k);
    }

    public LossKind kind() { return kind; }
    public double lambda() { return lambda; }
    public double wSigma() { return wSigma; }
    public double lambdaPi() { return lambdaPi; }
    public double lambdaSigma() { return lambdaSigma; }
    public int m() { return m; }
    public int k() { return k; }
    public DMatrixRMaj covariance() { return c; }
    /** M = C + lambda_pi I (shared, do not modify). */
    DMatrixRMaj mMatrix() { return mMat; }
    public int dimension() { return 2 * m * k; }

    public String describe() {
        return kind == LossKind.SYNTHETIC
                ? String.format("%s(lambda=%s, w_sigma=%s)", kind.label(), lambda, wSigma)
                : String.format("%s(lambda=%s)", kind.label(), lambda);
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
        if (lambdaSigma != 0) {
            reg = lambdaSigma * (sq(p.w1) + sq(p.w2));
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
        if (lambdaSigma != 0) {
            CommonOps_DDRM.addEquals(g1, 2 * lambdaSigma, p.w1);
            CommonOps_DDRM.addEquals(g2, 2 * lambdaSigma, p.w2);
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
        if (lambdaSigma != 0) {
            CommonOps_DDRM.addEquals(h1, 2 * lambdaSigma, d.w1);
            CommonOps_DDRM.addEquals(h2, 2 * lambdaSigma, d.w2);
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
        symmetrise(w2tw2);
        symmetrise(w1mw1t);
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
        if (lambdaSigma != 0) {
            for (int i = 0; i < n; i++) {
                hd[i * n + i] += 2 * lambdaSigma;
            }
        }
    }

    /** A &lt;- (A + A^T) / 2 (a product that is symmetric in exact arithmetic). */
    static void symmetrise(DMatrixRMaj a) {
        for (int i = 0; i < a.numRows; i++) {
            for (int j = i + 1; j < a.numCols; j++) {
                double v = 0.5 * (a.get(i, j) + a.get(j, i));
                a.set(i, j, v);
                a.set(j, i, v);
            }
        }
    }

    private static double sq(DMatrixRMaj a) {
        double s = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            s += a.data[i] * a.data[i];
        }
        return s;
    }
}
