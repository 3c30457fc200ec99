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
 * layout as its parameters. All workspaces are allocated once; a step allocates nothing.
 *
 * <p>Work split. Both big products are blocks of dot products ({@link DotKernel}) whose rows split
 * between two threads ({@link PairWorker}): phase A computes [W1; W2^T] X_b (rows 0..k-1 on one thread,
 * k..2k-1 on the other) with S, T and the transposed batch; phase B (one thread) the k x b and k x k
 * quantities; phase C the two halves of the gradient and the Adam update of W1 (first thread) and
 * W2 (second thread). Each output is computed by one thread in a fixed order, so the result does not
 * depend on the number of threads.
 */
public final class MiniBatchLaeLoss implements AutoCloseable {
    private final double[] x;      // n x m, one data point per row
    private final double[] sqNorm; // ||x_i||^2
    private final int m;
    private final int n;
    private final int k;
    private final boolean bias;
    private final double lambdaPi;
    private final double lambdaSigma;
    private final int maxBatch;
    private final PairWorker worker;

    private final int[] xOff;    // b: offsets of the batch's rows in x
    private final int[] xbOff;   // m: offsets j b of the rows of xb
    private final int[] w1Off;   // k: offsets of the rows of W1 in theta
    private final int[] vOffs;   // k: offsets of the rows of W2^T in theta
    private final double[] xb;   // m x b: the batch, feature-major
    private final double[] p;    // 2k x b: [H; W2^T X_b]
    private final double[] q;    // 2k x b: [-2 W2^T R; -2 H]
    private final double[] s;    // k x k: W2^T W2
    private final double[] t;    // k x k: W1 W1^T
    private final double[] c1;   // k x k coefficient on W1
    private final double[] c2;   // k x k coefficient on W2^T
    private final double[] xsum; // m: X_b 1
    private final double[] h1;   // k: H 1
    private final double[] vb2;  // k: W2^T b2

    // the current call, read by the phase tasks
    private double[] theta;
    private double[] grad;
    private Adam adam;
    private int b;
    private double rho;
    private final java.util.function.IntConsumer phaseA = this::phaseA;
    private final java.util.function.IntConsumer phaseC = this::phaseC;

    public MiniBatchLaeLoss(double[] x, int m, int n, int k, boolean bias, double lambdaPi, double lambdaSigma,
                            int maxBatch) {
        this(x, m, n, k, bias, lambdaPi, lambdaSigma, maxBatch, 1);
    }

    /**
     * @param x           the data, n x m row-major (row i is data point i, i.e. column i of X)
     * @param lambdaPi    coefficient of ||W2 W1||^2 in the full-data loss
     * @param lambdaSigma coefficient of ||W1||^2 + ||W2||^2 in the full-data loss
     * @param maxBatch    the largest batch that will be passed
     * @param threads     1 or 2
     */
    public MiniBatchLaeLoss(double[] x, int m, int n, int k, boolean bias, double lambdaPi, double lambdaSigma,
                            int maxBatch, int threads) {
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
        xOff = new int[maxBatch];
        xbOff = new int[m];
        w1Off = new int[k];
        vOffs = new int[k];
        for (int a = 0; a < k; a++) {
            w1Off[a] = a * m;
            vOffs[a] = k * m + a * m;
        }
        xb = new double[m * maxBatch];
        p = new double[2 * k * maxBatch];
        q = new double[2 * k * maxBatch];
        s = new double[k * k];
        t = new double[k * k];
        c1 = new double[k * k];
        c2 = new double[k * k];
        xsum = new double[m];
        h1 = new double[k];
        vb2 = new double[k];
        this.worker = new PairWorker(threads);
    }

    public int m() { return m; }
    public int n() { return n; }
    public int k() { return k; }
    public boolean bias() { return bias; }
    public double lambdaPi() { return lambdaPi; }
    public double lambdaSigma() { return lambdaSigma; }
    public int threads() { return worker.parts(); }

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
        return run(theta, order, from, to, rho, grad, null);
    }

    /**
     * One Adam step on the batch: returns f_b at theta, writes the gradient into {@code grad} and updates
     * theta in place. When f_b is not finite nothing is updated.
     */
    public double step(double[] theta, int[] order, int from, int to, double rho, double[] grad, Adam adam) {
        return run(theta, order, from, to, rho, grad, adam);
    }

    private double run(double[] theta, int[] order, int from, int to, double rho, double[] grad, Adam adam) {
        final int bb = to - from;
        if (bb < 1 || bb > maxBatch) {
            throw new IllegalArgumentException("batch of " + bb + " outside 1.." + maxBatch);
        }
        this.theta = theta;
        this.grad = grad;
        this.adam = adam;
        this.b = bb;
        this.rho = rho;
        double xsq = 0;
        for (int i = 0; i < bb; i++) {
            xOff[i] = order[from + i] * m;
            xsq += sqNorm[order[from + i]];
        }
        for (int j = 0; j < m; j++) {
            xbOff[j] = j * bb;
        }
        try {
            worker.run(phaseA);
            double value = phaseB(xsq);
            if (grad != null && Double.isFinite(value)) {
                if (adam != null) {
                    adam.beginStep();
                }
                worker.run(phaseC);
            }
            return value;
        } finally {
            this.theta = null;
            this.grad = null;
            this.adam = null;
        }
    }

    /** P = [W1; W2^T] X_b, S, T, the transposed batch and X_b 1 (half of it for each part). */
    private void phaseA(int part) {
        if (worker.parts() == 1) {
            phaseAPart(0);
            phaseAPart(1);
        } else {
            phaseAPart(part);
        }
    }

    private void phaseAPart(int part) {
        final int bb = b;
        final int kk = 2 * k;
        final int r0 = part == 0 ? 0 : k;
        final int r1 = part == 0 ? k : kk;
        DotKernel.dots(theta, 0, r0, r1, x, xOff, bb, m, p, 0, bb);
        if (part == 0) {
            if (lambdaPi != 0) {
                DotKernel.dots(theta, 0, 0, k, theta, w1Off, k, m, t, 0, k);
            }
        } else {
            DotKernel.dots(theta, 0, k, kk, theta, vOffs, k, m, s, -k * k, k);
        }
        final int j0 = part == 0 ? 0 : m / 2;
        final int j1 = part == 0 ? m / 2 : m;
        for (int j = j0; j < j1; j++) {
            int o = j * bb;
            double acc = 0;
            for (int i = 0; i < bb; i++) {
                double v = x[xOff[i] + j];
                xb[o + i] = v;
                acc += v;
            }
            xsum[j] = acc;
        }
    }

    /** The k x b and k x k quantities and the value. */
    private double phaseB(double xsq) {
        final int bb = b;
        final int b1Off = 2 * k * m;
        final int b2Off = b1Off + k;
        for (int a = 0; a < k; a++) {
            double ba = bias ? theta[b1Off + a] : 0.0;
            double acc = 0;
            int o = a * bb;
            for (int i = 0; i < bb; i++) {
                p[o + i] += ba;
                acc += p[o + i];
            }
            h1[a] = acc;
        }
        if (bias) {
            for (int a = 0; a < k; a++) {
                double acc = 0;
                int o = vOffs[a];
                for (int j = 0; j < m; j++) {
                    acc += theta[o + j] * theta[b2Off + j];
                }
                vb2[a] = acc;
            }
        }
        double vxH = 0;
        double hSh = 0;
        for (int a = 0; a < k; a++) {
            int ho = a * bb;
            int vo = (k + a) * bb;
            double va = bias ? vb2[a] : 0.0;
            for (int i = 0; i < bb; i++) {
                double sh = 0;
                for (int c = 0; c < k; c++) {
                    sh += s[a * k + c] * p[c * bb + i];
                }
                double h = p[ho + i];
                double vx = p[vo + i];
                vxH += vx * h;
                hSh += h * sh;
                q[ho + i] = -2 * (vx - sh - va);
                q[vo + i] = -2 * h;
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
            rr += -2 * b2x + 2 * vb2h + bb * b2sq;
        }
        double trS = 0;
        double trT = 0;
        for (int a = 0; a < k; a++) {
            trS += s[a * k + a];
        }
        if (lambdaPi != 0) {
            for (int a = 0; a < k; a++) {
                trT += t[a * k + a];
            }
        } else {
            for (int i = 0; i < k * m; i++) {
                trT += theta[i] * theta[i];
            }
        }
        double st = 0;
        if (lambdaPi != 0) {
            for (int i = 0; i < k * k; i++) {
                st += s[i] * t[i];
            }
        }
        double value = rr + rho * (lambdaPi * st + lambdaSigma * (trS + trT));
        if (grad != null) {
            for (int a = 0; a < k; a++) {
                for (int c = 0; c < k; c++) {
                    double hh = 0;
                    int ao = a * bb;
                    int co = c * bb;
                    for (int i = 0; i < bb; i++) {
                        hh += p[ao + i] * p[co + i];
                    }
                    c1[a * k + c] = 2 * rho * lambdaPi * s[a * k + c];
                    c2[a * k + c] = 2 * hh + 2 * rho * lambdaPi * t[a * k + c];
                }
                c1[a * k + a] += 2 * rho * lambdaSigma;
                c2[a * k + a] += 2 * rho * lambdaSigma;
            }
        }
        return value;
    }

    /** The gradient, G = Q X_b^T plus the k x k terms, and the Adam update, W1 on part 0 and W2 on part 1. */
    private void phaseC(int part) {
        if (worker.parts() == 1) {
            phaseCPart(0);
            phaseCPart(1);
        } else {
            phaseCPart(part);
        }
    }

    private void phaseCPart(int part) {
        final int bb = b;
        final int km = k * m;
        final int b1Off = 2 * km;
        final int b2Off = b1Off + k;
        if (part == 0) {
            DotKernel.dots(q, 0, 0, k, xb, xbOff, m, bb, grad, 0, m);
            if (lambdaPi == 0) {
                double d = c1[0];
                if (d != 0) {
                    for (int i = 0; i < km; i++) {
                        grad[i] += d * theta[i];
                    }
                }
            } else {
                addSmallTimes(c1, theta, 0, grad, 0);
            }
            if (bias) {
                for (int a = 0; a < k; a++) {
                    double acc = 0;
                    for (int i = 0; i < bb; i++) {
                        acc += q[a * bb + i];
                    }
                    grad[b1Off + a] = acc;
                }
            }
            if (adam != null) {
                adam.update(theta, grad, 0, km);
                if (bias) {
                    adam.update(theta, grad, b1Off, b1Off + k);
                }
            }
        } else {
            DotKernel.dots(q, 0, k, 2 * k, xb, xbOff, m, bb, grad, 0, m);
            addSmallTimes(c2, theta, km, grad, km);
            if (bias) {
                for (int a = 0; a < k; a++) {
                    double c = 2 * h1[a];
                    int go = km + a * m;
                    for (int j = 0; j < m; j++) {
                        grad[go + j] += c * theta[b2Off + j];
                    }
                }
                for (int j = 0; j < m; j++) {
                    double w2h = 0;
                    for (int a = 0; a < k; a++) {
                        w2h += theta[vOffs[a] + j] * h1[a];
                    }
                    grad[b2Off + j] = -2 * (xsum[j] - w2h - bb * theta[b2Off + j]);
                }
            }
            if (adam != null) {
                adam.update(theta, grad, km, 2 * km);
                if (bias) {
                    adam.update(theta, grad, b2Off, b2Off + m);
                }
            }
        }
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
        double[] ss = new double[k * k];
        double[] tt = new double[k * k];
        DotKernel.dots(theta, 0, k, 2 * k, theta, vOffs, k, m, ss, -k * k, k);
        DotKernel.dots(theta, 0, 0, k, theta, w1Off, k, m, tt, 0, k);
        double st = 0;
        double tr = 0;
        for (int i = 0; i < k * k; i++) {
            st += ss[i] * tt[i];
        }
        for (int a = 0; a < k; a++) {
            tr += ss[a * k + a] + tt[a * k + a];
        }
        return lambdaPi * st + lambdaSigma * tr;
    }

    /** grad[gOff..] (k x m) += coef (k x k) times theta[tOff..] (k x m). */
    private void addSmallTimes(double[] coef, double[] th, int tOff, double[] g, int gOff) {
        for (int a = 0; a < k; a++) {
            int go = gOff + a * m;
            for (int c = 0; c < k; c++) {
                double cc = coef[a * k + c];
                if (cc == 0) {
                    continue;
                }
                int to = tOff + c * m;
                for (int j = 0; j < m; j++) {
                    g[go + j] += cc * th[to + j];
                }
            }
        }
    }

    @Override
    public void close() {
        worker.close();
    }
}
