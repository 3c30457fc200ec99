package lae.model;

/**
 * grad f and Hessian-vector products of a {@link RegularizedLaeLoss} on flat parameter vectors
 * (the layout of {@link LaePoint#toVector()}: W1 row-major, k x m, then W2 row-major, m x k), with a
 * workspace reused between calls, for the hot loops of the critical-point search (EJML-style: the
 * allocation-free kernel behind the object API of {@link RegularizedLaeLoss}, which stays the
 * reference; a test holds the two together). The formulas are those of {@link RegularizedLaeLoss}:
 * <pre>
 *   W = W2 W1,  Gw = 2 (W M - C),
 *   grad = (W2^T Gw + 2 Lambda W1,  Gw W1^T + 2 W2 Lambda),
 *   H[D] = (W2^T Hw + D2^T Gw + 2 Lambda D1,  Hw W1^T + Gw D1^T + 2 D2 Lambda),  Hw = 2 (D2 W1 + W2 D1) M,
 * </pre>
 * with Lambda = diag(lambda_sigma_a), the member's sum weight per latent unit. {@link #gradient} keeps Gw, so a
 * following {@link #hessianVector} at the same point does not recompute it. Not thread-safe: one instance per thread.
 */
public final class LossDerivatives {
    private final int m;
    private final int k;
    private final int half;
    private final double[] twoLs; // 2 lambda_sigma_a per latent unit a
    private final double[] mm;   // M = C + lambda_pi I, m x m
    private final double[] cc;   // C, m x m
    private final double[] w;    // W = W2 W1 (or dW), m x m
    private final double[] gw;   // Gw, m x m
    private final double[] hw;   // Hw, m x m
    private final double[] gwPoint;
    private boolean gwValid;

    /** A workspace for the loss {@code f} (its data and weights are copied). */
    public LossDerivatives(RegularizedLaeLoss f) {
        this.m = f.m();
        this.k = f.k();
        this.half = k * m;
        this.twoLs = new double[k];
        for (int a = 0; a < k; a++) {
            twoLs[a] = f.twoSigma(a);
        }
        this.mm = f.mMatrix().data.clone();
        this.cc = f.covariance().data.clone();
        this.w = new double[m * m];
        this.gw = new double[m * m];
        this.hw = new double[m * m];
        this.gwPoint = new double[2 * half];
    }

    /** The number of parameters, 2 k m. */
    public int dimension() {
        return 2 * half;
    }

    /** out = grad f(x), by the closed form of the class comment (O(k m^2)). */
    public void gradient(double[] x, double[] out) {
        gradientInW(x);
        pullBack(x, x, gw, null, out);
    }

    /** out = H(x) d, by the closed form of the class comment (O(k m^2)); reuses Gw when the last {@link #gradient} was at the same x. */
    public void hessianVector(double[] x, double[] d, double[] out) {
        if (!gwValid || !java.util.Arrays.equals(x, gwPoint)) {
            gradientInW(x);
        }
        product(x, d, w);
        timesM(w, hw, 2);
        pullBack(x, d, hw, gw, out);
    }

    /**
     * The two blocks the gradient and the Hessian-vector product share, for m x m matrices A and B (B null: no B terms):
     * out1[a][j] = sum_i (W2[i][a] A[i][j] + D2[i][a] B[i][j]) + 2 ls_a D1[a][j] and
     * out2[i][a] = sum_j (A[i][j] W1[a][j] + B[i][j] D1[a][j]) + 2 ls_a D2[i][a], W from x and D from d.
     * The gradient is (A, B, D) = (Gw, none, X); H[D] is (Hw, Gw, D).
     */
    private void pullBack(double[] x, double[] d, double[] aw, double[] bw, double[] out) {
        for (int a = 0; a < k; a++) {
            int o = a * m;
            for (int j = 0; j < m; j++) {
                out[o + j] = twoLs[a] * d[o + j];
            }
            for (int i = 0; i < m; i++) {
                addScaled(out, o, x[half + i * k + a], aw, i * m, d[half + i * k + a], bw, i * m);
            }
        }
        for (int i = 0; i < m; i++) {
            int gi = i * m;
            for (int a = 0; a < k; a++) {
                int o = a * m;
                double s = 0;
                if (bw == null) {
                    for (int j = 0; j < m; j++) {
                        s += aw[gi + j] * x[o + j];
                    }
                } else {
                    for (int j = 0; j < m; j++) {
                        s += aw[gi + j] * x[o + j] + bw[gi + j] * d[o + j];
                    }
                }
                out[half + i * k + a] = s + twoLs[a] * d[half + i * k + a];
            }
        }
    }

    /** Gw = 2 (W M - C) at x, remembered with x. */
    private void gradientInW(double[] x) {
        product(x, null, w);
        timesM(w, gw, 2);
        for (int i = 0; i < m * m; i++) {
            gw[i] -= 2 * cc[i];
        }
        System.arraycopy(x, 0, gwPoint, 0, 2 * half);
        gwValid = true;
    }

    /** out = W2 W1 from x (d null), or its derivative along d, D2 W1 + W2 D1. */
    private void product(double[] x, double[] d, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (int i = 0; i < m; i++) {
            for (int a = 0; a < k; a++) {
                double w2 = x[half + i * k + a];
                addScaled(out, i * m, d == null ? w2 : d[half + i * k + a], x, a * m, w2, d, a * m);
            }
        }
    }

    /** out = scale * a M (a, M m x m; M symmetric, so row j of M is its column j). */
    private void timesM(double[] a, double[] out, double scale) {
        for (int i = 0; i < m; i++) {
            int ai = i * m;
            for (int j = 0; j < m; j++) {
                out[ai + j] = 0;
            }
            for (int l = 0; l < m; l++) {
                addScaled(out, ai, scale * a[ai + l], mm, l * m, 0, null, 0);
            }
        }
    }

    /**
     * y[yo + j] += s u[uo + j] + t v[vo + j] for j &lt; m (without the v term when v is null): the row update every
     * product of this class is made of.
     */
    private void addScaled(double[] y, int yo, double s, double[] u, int uo, double t, double[] v, int vo) {
        if (v == null) {
            for (int j = 0; j < m; j++) {
                y[yo + j] += s * u[uo + j];
            }
        } else {
            for (int j = 0; j < m; j++) {
                y[yo + j] += s * u[uo + j] + t * v[vo + j];
            }
        }
    }
}
