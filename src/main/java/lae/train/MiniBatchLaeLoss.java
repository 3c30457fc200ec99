package lae.train;

/**
 * The loss of a linear autoencoder on one batch X_b (m x b, a subset of the columns of X), computed
 * from X_b directly (the full-batch {@link lae.model.RegularizedLaeLoss} works from C = X X^T):
 * <pre>
 *   f_b = ||X_b - W2 H - b2 1^T||_F^2 + rho (lambda_pi ||W2 W1||_F^2 + lambda_sigma (||W1||_F^2 + ||W2||_F^2)),
 *   H = W1 X_b + b1 1^T,
 * </pre>
 * which is L, L_pi, L_sigma or the synthetic loss of Section 4.2 for the choice of (lambda_pi,
 * lambda_sigma) of {@link lae.model.LossKind}; the biases b1, b2 are optional (zero and frozen when
 * absent) and rho is the mini-batch scale of the regulariser ({@link BatchRegularization}).
 *
 * <p>Gradient. With R = X_b - W2 H - b2 1^T, S = W2^T W2 and T = W1 W1^T,
 * <pre>
 *   df/dW1  = -2 (W2^T R) X_b^T + 2 rho (lambda_pi S + lambda_sigma I) W1,
 *   df/dW2^T = -2 H X_b^T + 2 (H H^T + rho lambda_pi T + rho lambda_sigma I) W2^T + 2 (H 1) b2^T,
 *   df/db1  = -2 (W2^T R) 1,           df/db2 = -2 (X_b 1 - W2 H 1 - b b2),
 * </pre>
 * where W2^T R = W2^T X_b - S H - (W2^T b2) 1^T is formed from k x b quantities, so the m x b
 * residual R is never built. The two products with X_b, [W1; W2^T] X_b and
 * [W2^T R; H] X_b^T (2k x m x b multiply-adds each), are all the work that grows with m b; the
 * value also comes from small matrices:
 * ||R||^2 = ||X_b||^2 - 2 &lt;W2^T X_b, H&gt; - 2 b2 . X_b 1 + &lt;H, S H&gt; + 2 (W2^T b2) . H 1 + b ||b2||^2.
 *
 * <p>Parameters are one flat vector theta = (W1 row-major (k x m), W2^T row-major (k x m), b1 (k),
 * b2 (m)), so that the two matrices share a layout and the gradient of W2 comes out in the same
 * layout as its parameters. All workspaces are allocated once; {@link #valueAndGradient} allocates
 * nothing.
 */
public final class MiniBatchLaeLoss {
    private final double[] x;      // n x m, one data point per row
    private final double[] sqNorm; // ||x_i||^2
    private final int m;
    private final int n;
    private final int k;
    private final boolean bias;
    private final double lambdaPi;
    private final double lambdaSigma;
    private final int maxBatch;

    private final double[] xb;   // m x b: the batch, feature-major
    private final double[] at;   // m x 2k: [W1; W2^T]^T
    private final double[] p;    // 2k x b: [H; W2^T X_b]
    private final double[] q;    // 2k x b: [-2 W2^T R; -2 H]
    private final double[] s;    // k x k: W2^T W2
    private final double[] t;    // k x k: W1 W1^T
    private final double[] c1;   // k x k coefficient on W1
    private final double[] c2;   // k x k coefficient on W2^T
    private final double[] xsum; // m: X_b 1
    private final double[] h1;   // k: H 1
    private final double[] vb2;  // k: W2^T b2

    /**
     * @param x           the data, n x m row-major (row i is data point i, i.e. column i of X)
     * @param lambdaPi    coefficient of ||W2 W1||^2 in the full-data loss
     * @param lambdaSigma coefficient of ||W1||^2 + ||W2||^2 in the full-data loss
     * @param maxBatch    the largest batch that will be passed
     */
    public MiniBatchLaeLoss(double[] x, int m, int n, int k, boolean bias, double lambdaPi, double lambdaSigma,
                            int maxBatch) {
        if ((long) m * n != x.length) {
            throw new IllegalArgumentException("data of length " + x.length + " is not m x n = " + m + " x " + n);
        }
        if (k < 1 || k > m || maxBatch < 1 || maxBatch > n) {
            throw new IllegalArgumentException("need 1 <= k <= m and 1 <= batch <= n; got k=" + k + " batch=" + maxBatch);
        }
        this.x = x;
        this.m = m;
        this.n = n;
        this.k = k;
        this.bias = bias;
        this.lambdaPi = lambdaPi;
        this.lambdaSigma = lambdaSigma;
        this.maxBatch = maxBatch;
        this.sqNorm = new double[n];
        for (int i = 0; i < n; i++) {
            double acc = 0;
            for (int j = 0; j < m; j++) {
                double v = x[i * m + j];
                acc += v * v;
            }
            sqNorm[i] = acc;
        }
        xb = new double[m * maxBatch];
        at = new double[m * 2 * k];
        p = new double[2 * k * maxBatch];
        q = new double[2 * k * maxBatch];
        s = new double[k * k];
        t = new double[k * k];
        c1 = new double[k * k];
        c2 = new double[k * k];
        xsum = new double[m];
        h1 = new double[k];
        vb2 = new double[k];
    }

    public int m() { return m; }
    public int n() { return n; }
    public int k() { return k; }
    public boolean bias() { return bias; }
    public double lambdaPi() { return lambdaPi; }
    public double lambdaSigma() { return lambdaSigma; }

    /** Length of theta: 2 k m, plus k + m with biases. */
    public int parameterCount() {
        return 2 * k * m + (bias ? k + m : 0);
    }

    /**
     * f_b and, when {@code grad != null}, its gradient (written over {@code grad}) at theta on the batch of
     * data points {@code order[from..to)}.
     *
     * @param rho the scale of the regulariser on this batch ({@link BatchRegularization#rho})
     */
    public double valueAndGradient(double[] theta, int[] order, int from, int to, double rho, double[] grad) {
        final int b = to - from;
        if (b < 1 || b > maxBatch) {
            throw new IllegalArgumentException("batch of " + b + " outside 1.." + maxBatch);
        }
        final int kk = 2 * k;
        final int km = k * m;
        final int vOff = km;
        final int b1Off = 2 * km;
        final int b2Off = 2 * km + k;

        // X_b in feature-major layout, ||X_b||^2 and X_b 1
        double xsq = 0;
        for (int i = 0; i < b; i++) {
            int row = order[from + i] * m;
            xsq += sqNorm[order[from + i]];
            for (int j = 0; j < m; j++) {
                xb[j * b + i] = x[row + j];
            }
        }
        if (bias) {
            for (int j = 0; j < m; j++) {
                double acc = 0;
                int o = j * b;
                for (int i = 0; i < b; i++) {
                    acc += xb[o + i];
                }
                xsum[j] = acc;
            }
        }
        // A^T = [W1; W2^T]^T, m x 2k
        for (int r = 0; r < kk; r++) {
            int o = r * m;
            for (int j = 0; j < m; j++) {
                at[j * kk + r] = theta[o + j];
            }
        }
        // P = A X_b (2k x b), as rank-one updates over the features j
        java.util.Arrays.fill(p, 0, kk * b, 0.0);
        for (int j = 0; j < m; j++) {
            int xo = j * b;
            int ao = j * kk;
            for (int r = 0; r < kk; r++) {
                double a = at[ao + r];
                int po = r * b;
                for (int i = 0; i < b; i++) {
                    p[po + i] += a * xb[xo + i];
                }
            }
        }
        // H = W1 X_b + b1 1^T (rows 0..k-1 of P), H 1
        for (int a = 0; a < k; a++) {
            double ba = bias ? theta[b1Off + a] : 0.0;
            double acc = 0;
            int o = a * b;
            for (int i = 0; i < b; i++) {
                p[o + i] += ba;
                acc += p[o + i];
            }
            h1[a] = acc;
        }
        // S = W2^T W2 = V V^T and T = W1 W1^T (symmetric, k x k)
        gram(theta, vOff, s);
        gram(theta, 0, t);
        if (bias) {
            for (int a = 0; a < k; a++) {
                double acc = 0;
                int o = vOff + a * m;
                for (int j = 0; j < m; j++) {
                    acc += theta[o + j] * theta[b2Off + j];
                }
                vb2[a] = acc;
            }
        }
        // value terms and Q = [-2 W2^T R; -2 H]
        double vxH = 0;
        double hSh = 0;
        for (int a = 0; a < k; a++) {
            int ho = a * b;
            int vo = (k + a) * b;
            int qo = a * b;
            for (int i = 0; i < b; i++) {
                double sh = 0;
                for (int c = 0; c < k; c++) {
                    sh += s[a * k + c] * p[c * b + i];
                }
                double h = p[ho + i];
                double vx = p[vo + i];
                vxH += vx * h;
                hSh += h * sh;
                q[qo + i] = -2 * (vx - sh - (bias ? vb2[a] : 0.0));
                q[(k + a) * b + i] = -2 * h;
            }
        }
        double rr = xsq - 2 * vxH + hSh;
        if (bias) {
            double b2x = 0;
            double b2sq = 0;
            for (int j = 0; j < m; j++) {
                double bj = theta[b2Off + j];
                b2x += bj * xsum[j];
                b2sq += bj * bj;
            }
            double vb2h = 0;
            for (int a = 0; a < k; a++) {
                vb2h += vb2[a] * h1[a];
            }
            rr += -2 * b2x + 2 * vb2h + b * b2sq;
        }
        double trS = 0;
        double trT = 0;
        double st = 0;
        for (int a = 0; a < k; a++) {
            trS += s[a * k + a];
            trT += t[a * k + a];
        }
        for (int i = 0; i < k * k; i++) {
            st += s[i] * t[i];
        }
        double value = rr + rho * (lambdaPi * st + lambdaSigma * (trS + trT));
        if (grad == null) {
            return value;
        }

        // G = Q X_b^T (2k x m), as rank-one updates over the batch members i
        java.util.Arrays.fill(grad, 0, 2 * km, 0.0);
        for (int i = 0; i < b; i++) {
            int row = order[from + i] * m;
            for (int r = 0; r < kk; r++) {
                double c = q[r * b + i];
                int go = r * m;
                for (int j = 0; j < m; j++) {
                    grad[go + j] += c * x[row + j];
                }
            }
        }
        // + (2 rho lambda_pi S + 2 rho lambda_sigma I) W1  and  + (2 H H^T + 2 rho lambda_pi T + 2 rho lambda_sigma I) W2^T
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < k; c++) {
                double hh = 0;
                int ao = a * b;
                int co = c * b;
                for (int i = 0; i < b; i++) {
                    hh += p[ao + i] * p[co + i];
                }
                c1[a * k + c] = 2 * rho * lambdaPi * s[a * k + c];
                c2[a * k + c] = 2 * hh + 2 * rho * lambdaPi * t[a * k + c];
            }
            c1[a * k + a] += 2 * rho * lambdaSigma;
            c2[a * k + a] += 2 * rho * lambdaSigma;
        }
        addSmallTimes(c1, theta, 0, grad, 0);
        addSmallTimes(c2, theta, vOff, grad, vOff);
        if (bias) {
            // df/dW2^T += 2 (H 1) b2^T; df/db1 = row sums of -2 W2^T R; df/db2 = -2 (X_b 1 - W2 H 1 - b b2)
            for (int a = 0; a < k; a++) {
                double c = 2 * h1[a];
                int go = vOff + a * m;
                for (int j = 0; j < m; j++) {
                    grad[go + j] += c * theta[b2Off + j];
                }
                double acc = 0;
                for (int i = 0; i < b; i++) {
                    acc += q[a * b + i];
                }
                grad[b1Off + a] = acc;
            }
            for (int j = 0; j < m; j++) {
                double w2h = 0;
                for (int a = 0; a < k; a++) {
                    w2h += theta[vOff + a * m + j] * h1[a];
                }
                grad[b2Off + j] = -2 * (xsum[j] - w2h - b * theta[b2Off + j]);
            }
        }
        return value;
    }

    /**
     * ||X - W2 (W1 X + b1 1^T) - b2 1^T||_F^2 over all n data points (no regulariser), in batches of
     * at most maxBatch, without a gradient.
     */
    public double reconstructionError(double[] theta) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double acc = 0;
        for (int from = 0; from < n; from += maxBatch) {
            acc += valueAndGradient(theta, order, from, Math.min(n, from + maxBatch), 0.0, null);
        }
        return acc;
    }

    /** The regulariser of the full-data loss, lambda_pi ||W2 W1||^2 + lambda_sigma (||W1||^2 + ||W2||^2). */
    public double regulariser(double[] theta) {
        gram(theta, k * m, s);
        gram(theta, 0, t);
        double st = 0;
        double tr = 0;
        for (int i = 0; i < k * k; i++) {
            st += s[i] * t[i];
        }
        for (int a = 0; a < k; a++) {
            tr += s[a * k + a] + t[a * k + a];
        }
        return lambdaPi * st + lambdaSigma * tr;
    }

    /** out = M M^T for the k x m block M of theta starting at off. */
    private void gram(double[] theta, int off, double[] out) {
        for (int a = 0; a < k; a++) {
            int ao = off + a * m;
            for (int c = a; c < k; c++) {
                int co = off + c * m;
                double acc = 0;
                for (int j = 0; j < m; j++) {
                    acc += theta[ao + j] * theta[co + j];
                }
                out[a * k + c] = acc;
                out[c * k + a] = acc;
            }
        }
    }

    /** grad[gOff..] (k x m) += coef (k x k) times theta[tOff..] (k x m). */
    private void addSmallTimes(double[] coef, double[] theta, int tOff, double[] grad, int gOff) {
        for (int a = 0; a < k; a++) {
            int go = gOff + a * m;
            for (int c = 0; c < k; c++) {
                double cc = coef[a * k + c];
                if (cc == 0) {
                    continue;
                }
                int to = tOff + c * m;
                for (int j = 0; j < m; j++) {
                    grad[go + j] += cc * theta[to + j];
                }
            }
        }
    }
}
