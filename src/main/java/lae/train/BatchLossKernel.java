package lae.train;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The training kernel: the batch loss f_b of {@link MiniBatchLaeLoss} and its gradient from the two products
 * with the batch, phase by phase over the column halves of {@link ColumnHalves}:
 * <ul>
 *   <li>phase A, per part J: the batch rows restricted to J (decoded from the byte codes, or copied), and the
 *       parameter rows on J when evaluating at theta; then, in chunks of {@value #CHUNK_A} features (so that the
 *       chunk's rows of E stay in the first-level cache; the sums run over the features in the same order), one
 *       product [W1; W2^T]_J E_J with E = [X_b^T, W1^T, b2, W2] (m x (b + k_T + 1 + k), W1^T only when
 *       lambda_pi != 0, i.e. k_T = k, else k_T = 0; E_J its rows J, built by transposing those rows), whose
 *       blocks are the part's sums of P = [W1; W2^T] X_b, T = W1 W1^T, W2^T b2 and S = W2^T W2 (W1 is multiplied
 *       by the first b + k_T columns only); plus ||W1_J||^2 when T is not formed, X_b 1 on J, b2_J . (X_b 1)_J
 *       and ||b2_J||^2;</li>
 *   <li>phase B (the caller alone): the two parts' sums added, part 0's first, then the k x b and k x k
 *       quantities (S H by the axpy kernel, H H^T as a Gram matrix) and the value;</li>
 *   <li>phase C, per part, in chunks of about {@value #CHUNK_C} of the part's columns J, all of about the same
 *       size (no column of phase C depends on another): the columns J of the gradient, G_J = Q (X_b)_J^T by the
 *       axpy kernel (Q = [-2 W2^T R; -2 H], 2k x b, against the data rows) plus the k x k terms, the gradient of
 *       b2 on J, handed to a {@link GradientColumns} (Adam's update of those columns, or their copy into a flat
 *       gradient); b1 on part 0.</li>
 * </ul>
 * The two products, (2k x m x b) + (2k x m x b) multiply-adds, are about 0.9 * 10^6 per batch of 32 on
 * Fashion-MNIST; the rest is O(k m + k^2 b). Phase C keeps phase A's halves, so that each thread touches only
 * its own columns of the batch rows, the parameters, the moments and the gradient. All workspaces are
 * allocated once; a call allocates nothing. Why each choice was made, with the measurements, is in
 * {@code docs/train.md} ("What limits the speed").
 */
final class BatchLossKernel {
    /** Features per chunk of phase A: its rows of E (at most 64 x 51 doubles) stay in the first-level cache. */
    static final int CHUNK_A = 64;
    /** Columns per chunk of phase C: the batch rows' and the gradient's columns of a chunk stay in cache. */
    static final int CHUNK_C = 128;
    private static final int PAD = ColumnHalves.PAD;
    private static final int SUM_W1 = 0;
    private static final int SUM_B2X = 1;
    private static final int SUM_B2SQ = 2;
    private static final int SUM_TOUCHED = 3; // what BytePixels#gather returns, kept
    private final double[] x;      // n x m, one data point per row
    private final BytePixels pixels; // the same as byte codes, or null
    private final double[] sqNorm; // ||x_i||^2
    private final int m;
    private final int k;
    private final boolean bias;
    private final double lambdaPi;
    private final double lambdaSigma;
    private final int maxBatch;
    private final ColumnHalves halves;

    private final int[] xOff;       // b: offsets of the batch's rows in x
    private final ParameterRows thetaRows; // theta copied into rows, when evaluating at theta
    private final double[] gb1;     // k: the gradient of b1
    private final double[][][] xr;  // per part, b x m: the batch, one data point per row
    private final int kT;           // k when lambda_pi != 0 (T = W1 W1^T is needed), else 0
    private final double[][][] xt;  // per part, CHUNK_A x (b + kT + 1 + k): rows of E, a chunk of features
    private final double[][] src0;  // the rows whose transposes are the columns of E (one list per part)
    private final double[][] src1;
    private final double[][][] pPart; // per part, 2k x (b + kT + 1 + k): the partial sums of [W1; W2^T] E
    private final double[][] tDiag; // per part, k x k scratch: the diagonal of W1 W1^T on the part
    // per part: ||W1||^2 (when kT = 0), b2 . X_b 1 and ||b2||^2 at [SUM_W1], [SUM_B2X], [SUM_B2SQ]
    private final double[][] partSums;
    private final double[][] p;     // 2k x b: [H; W2^T X_b]
    private final double[][] q;     // 2k x b: [-2 W2^T R; -2 H]
    private final double[][][] g;   // per part, 2k x m: the gradient of W1, then of W2^T
    private final double[][] s;     // k x k: W2^T W2
    private final double[][] t;     // k x k: W1 W1^T (when kT = k)
    private final double[][] sh;    // k x b: S H
    private final double[] hh;      // k x k: H H^T
    private final double[][] c1;    // k x k coefficient on W1
    private final double[][] c2;    // k x k coefficient on W2^T
    private final double[][] xsum;  // per part, m: X_b 1
    private final double[][] w2h;   // per part, m: W2 H 1
    private final double[][] gb2;   // per part, m: the gradient of b2
    private final double[] h1;      // k: H 1
    private final double[] w2b2;    // k: W2^T b2

    // the current call, read by the phase tasks
    private double[] theta;         // theta to copy into thetaRows in phase A, or null
    private ParameterRows at;       // the parameters it evaluates at
    private GradientColumns sink;   // where the gradient goes, or null for the value alone
    private int b;
    private final IntConsumer phaseA = this::phaseA;
    private final IntConsumer phaseC = this::phaseC;

    /** @param x the data, n x m row-major; pixels null or the same data as byte codes */
    BatchLossKernel(double[] x, BytePixels pixels, BatchLossShape shape, ColumnHalves halves) {
        this.x = x;
        this.pixels = pixels;
        this.m = shape.m();
        this.k = shape.k();
        this.bias = shape.bias();
        this.lambdaPi = shape.lambdaPi();
        this.lambdaSigma = shape.lambdaSigma();
        this.maxBatch = shape.maxBatch();
        this.halves = halves;
        final int n = shape.n();
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
        thetaRows = new ParameterRows(k, m, bias);
        gb1 = new double[k];
        xr = new double[2][maxBatch][m + PAD];
        kT = lambdaPi != 0 ? k : 0;
        xt = new double[2][CHUNK_A][maxBatch + kT + 1 + k + PAD];
        pPart = new double[2][2 * k][maxBatch + kT + 1 + k + PAD];
        src0 = new double[maxBatch + kT + 1 + k + 2 * PAD][];
        src1 = new double[maxBatch + kT + 1 + k + 2 * PAD][];
        tDiag = new double[2][k * k + PAD];
        p = new double[2 * k][maxBatch];
        q = new double[2 * k][maxBatch];
        g = new double[2][2 * k][m + PAD];
        partSums = new double[2][PAD];
        s = new double[k][k];
        t = new double[k][k];
        sh = new double[k][maxBatch];
        hh = new double[k * k];
        c1 = new double[k][k];
        c2 = new double[k][k];
        xsum = new double[2][m + PAD];
        w2h = new double[2][m + PAD];
        gb2 = new double[2][m + PAD];
        h1 = new double[k];
        w2b2 = new double[k];
    }

    /**
     * f_b at the parameters {@code params} (or at theta, copied into rows, when {@code params} is null) on the batch
     * {@code order[from..to)}, and, when {@code sink} is not null and f_b is finite, its gradient's columns handed
     * to {@code sink}.
     *
     * @param rho the scale of the regulariser on this batch ({@link BatchRegularization#rho})
     */
    double evaluate(double[] theta, ParameterRows params, int[] order, int from, int to, double rho, GradientColumns sink) {
        final int bb = to - from;
        if (bb < 1 || bb > maxBatch) {
            throw new IllegalArgumentException("batch of " + bb + " outside 1.." + maxBatch);
        }
        if (params == null) {
            thetaRows.loadB1(theta);
        }
        this.theta = params == null ? theta : null;
        this.at = params == null ? thetaRows : params;
        this.sink = sink;
        this.b = bb;
        double xsq = 0;
        for (int i = 0; i < bb; i++) {
            xOff[i] = order[from + i] * m;
            xsq += sqNorm[order[from + i]];
        }
        try {
            halves.run(phaseA);
            double value = phaseB(xsq, rho);
            if (sink != null && Double.isFinite(value)) {
                sink.start();
                halves.run(phaseC);
            }
            return value;
        } finally {
            this.theta = null;
            this.sink = null;
        }
    }

    /**
     * Phase A on the columns J of a part: the parameter rows on J when evaluating at theta, the batch rows on J,
     * the rows J of E, X_b 1 on J, and the part's partial sums.
     */
    private void phaseA(int part) {
        final int bb = b;
        final int j0 = halves.lo(part);
        final int j1 = halves.hi(part);
        if (theta != null) {
            at.loadColumns(theta, part, j0, j1);
        }
        final double[][] w = at.w[part];
        final double[] b2 = at.b2[part];
        final double[][] xr = this.xr[part];
        final double[] sums = partSums[part];
        // E = [X_b^T, W1^T (when T is needed), b2 (zero without biases), W2]: its columns are these rows
        final int cB2 = bb + kT;
        final int cV = cB2 + 1;
        final double[][] src = part == 0 ? src0 : src1;
        System.arraycopy(xr, 0, src, 0, bb);
        System.arraycopy(w, 0, src, bb, kT);
        src[cB2] = b2;
        System.arraycopy(w, k, src, cV, k);
        // the batch rows' columns J: decoded from the byte codes when there are any (the same doubles), else
        // copied row by row
        if (pixels != null) {
            sums[SUM_TOUCHED] = pixels.gather(xOff, bb, j0, j1, xr);
        } else {
            for (int i = 0; i < bb; i++) {
                System.arraycopy(x, xOff[i] + j0, xr[i], j0, j1 - j0);
            }
        }
        // then feature by feature in chunks: their rows of E, and the sums over them
        final double[][] et = xt[part];
        for (int c0 = j0; c0 < j1; c0 += CHUNK_A) {
            final int c1 = Math.min(j1, c0 + CHUNK_A);
            transpose(src, cV + k, c0, c1, et);
            // W1 against [X_b^T, W1^T]; W2^T against all of E
            AxpyKernel.product(pPart[part], 0, k, w, 0, c0, et, 0, c1 - c0, 0, cB2, c0 > j0);
            AxpyKernel.product(pPart[part], k, k, w, k, c0, et, 0, c1 - c0, 0, cV + k, c0 > j0);
        }
        if (kT == 0) {
            final double[] d = tDiag[part];
            AxpyKernel.gram(w, 0, k, j0, j1, d, false);
            double acc = 0;
            for (int a = 0; a < k; a++) {
                acc += d[a * k + a];
            }
            sums[SUM_W1] = acc;
        }
        if (bias) {
            biasSums(xr, b2, xsum[part], sums, bb, j0, j1);
        }
    }

    /** X_b 1 on [j0, j1), then b2 . X_b 1 and ||b2||^2 over those columns. */
    private static void biasSums(double[][] xr, double[] b2, double[] xsum, double[] sums, int bb, int j0, int j1) {
        Arrays.fill(xsum, j0, j1, 0.0);
        for (int i = 0; i < bb; i++) {
            final double[] row = xr[i];
            for (int j = j0; j < j1; j++) {
                xsum[j] += row[j];
            }
        }
        double bx = 0;
        double bs = 0;
        for (int j = j0; j < j1; j++) {
            bx = Math.fma(b2[j], xsum[j], bx);
            bs = Math.fma(b2[j], b2[j], bs);
        }
        sums[SUM_B2X] = bx;
        sums[SUM_B2SQ] = bs;
    }

    /** et[j - j0][i] = src[i][j] for i &lt; cols and j in [j0, j1), four features at a time. */
    private static void transpose(double[][] src, int cols, int j0, int j1, double[][] et) {
        int j = j0;
        for (; j + 3 < j1; j += 4) {
            final double[] d0 = et[j - j0], d1 = et[j - j0 + 1], d2 = et[j - j0 + 2], d3 = et[j - j0 + 3];
            for (int i = 0; i < cols; i++) {
                final double[] row = src[i];
                d0[i] = row[j];
                d1[i] = row[j + 1];
                d2[i] = row[j + 2];
                d3[i] = row[j + 3];
            }
        }
        for (; j < j1; j++) {
            final double[] d = et[j - j0];
            for (int i = 0; i < cols; i++) {
                d[i] = src[i][j];
            }
        }
    }

    /** The parts' sums combined, the k x b and k x k quantities and the value. */
    private double phaseB(double xsq, double rho) {
        final int bb = b;
        for (int r = 0; r < 2 * k; r++) {
            final double[] pr = p[r];
            final double[] p0 = pPart[0][r];
            final double[] p1 = pPart[1][r];
            for (int i = 0; i < bb; i++) {
                pr[i] = p0[i] + p1[i];
            }
        }
        final int cB2 = bb + kT;
        final int cV = cB2 + 1;
        for (int a = 0; a < k; a++) {
            final double[] v0 = pPart[0][k + a];
            final double[] v1 = pPart[1][k + a];
            for (int c = 0; c < k; c++) {
                s[a][c] = v0[cV + c] + v1[cV + c];
            }
            if (kT != 0) {
                final double[] u0 = pPart[0][a];
                final double[] u1 = pPart[1][a];
                for (int c = 0; c < k; c++) {
                    t[a][c] = u0[bb + c] + u1[bb + c];
                }
            }
        }
        for (int a = 0; a < k; a++) {
            double ba = at.b1[a];
            double acc = 0;
            final double[] pa = p[a];
            for (int i = 0; i < bb; i++) {
                pa[i] += ba;
                acc += pa[i];
            }
            h1[a] = acc;
            w2b2[a] = bias ? pPart[0][k + a][cB2] + pPart[1][k + a][cB2] : 0.0;
        }
        AxpyKernel.product(sh, 0, k, s, 0, 0, p, 0, k, 0, bb, false);
        double vxH = 0;
        double hSh = 0;
        for (int a = 0; a < k; a++) {
            final double[] ha = p[a];
            final double[] va = p[k + a];
            final double[] sa = sh[a];
            final double[] qa = q[a];
            final double[] qv = q[k + a];
            final double vb = w2b2[a];
            for (int i = 0; i < bb; i++) {
                double h = ha[i];
                double vx = va[i];
                vxH = Math.fma(vx, h, vxH);
                hSh = Math.fma(h, sa[i], hSh);
                qa[i] = -2 * (vx - sa[i] - vb);
                qv[i] = -2 * h;
            }
        }
        double rr = xsq - 2 * vxH + hSh;
        if (bias) {
            double b2x = partSums[0][SUM_B2X] + partSums[1][SUM_B2X];
            double b2sq = partSums[0][SUM_B2SQ] + partSums[1][SUM_B2SQ];
            double vb2h = 0;
            for (int a = 0; a < k; a++) {
                vb2h += w2b2[a] * h1[a];
            }
            rr += -2 * b2x + 2 * vb2h + bb * b2sq;
        }
        double trS = 0;
        double trT = kT == 0 ? partSums[0][SUM_W1] + partSums[1][SUM_W1] : 0.0;
        double st = 0;
        for (int a = 0; a < k; a++) {
            trS += s[a][a];
            if (kT != 0) {
                trT += t[a][a];
                for (int c = 0; c < k; c++) {
                    st += s[a][c] * t[a][c];
                }
            }
        }
        double value = rr + rho * (lambdaPi * st + lambdaSigma * (trS + trT));
        if (sink != null) {
            coefficients(bb, rho);
        }
        return value;
    }

    /** H H^T and the k x k coefficients of the gradient on W1 and on W2^T. */
    private void coefficients(int bb, double rho) {
        AxpyKernel.gram(p, 0, k, 0, bb, hh, true);
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < k; c++) {
                c1[a][c] = 2 * rho * lambdaPi * s[a][c];
                c2[a][c] = 2 * hh[a * k + c] + 2 * rho * lambdaPi * t[a][c];
            }
            c1[a][a] += 2 * rho * lambdaSigma;
            c2[a][a] += 2 * rho * lambdaSigma;
        }
    }

    /** Phase C on the columns J of a part, chunk by chunk, then the gradient of b1 on part 0. */
    private void phaseC(int part) {
        final int j1 = halves.hi(part);
        final int j0 = halves.lo(part);
        final int chunks = Math.max(1, Math.round((j1 - j0) / (float) CHUNK_C));
        final int size = ((j1 - j0 + chunks - 1) / chunks + 3) & ~3;
        for (int c0 = j0; c0 < j1; c0 += size) {
            columnsC(part, c0, Math.min(j1, c0 + size));
        }
        if (bias && part == 0) {
            final int bb = b;
            for (int a = 0; a < k; a++) {
                double acc = 0;
                final double[] qa = q[a];
                for (int i = 0; i < bb; i++) {
                    acc += qa[i];
                }
                gb1[a] = acc;
            }
            sink.b1(gb1);
        }
    }

    /** Phase C on the columns [j0, j1) of a part: every step of it is column by column. */
    private void columnsC(int part, int j0, int j1) {
        final int bb = b;
        final double[][] w = at.w[part];
        final double[] b2 = at.b2[part];
        final double[][] g = this.g[part];
        final double[] gb2 = this.gb2[part];
        AxpyKernel.product(g, 0, 2 * k, q, 0, 0, xr[part], 0, bb, j0, j1, false);
        if (lambdaPi == 0) {
            final double d = c1[0][0];
            if (d != 0) {
                for (int a = 0; a < k; a++) {
                    final double[] ga = g[a];
                    final double[] wa = w[a];
                    for (int j = j0; j < j1; j++) {
                        ga[j] = Math.fma(d, wa[j], ga[j]);
                    }
                }
            }
        } else {
            AxpyKernel.product(g, 0, k, c1, 0, 0, w, 0, k, j0, j1, true);
        }
        AxpyKernel.product(g, k, k, c2, 0, 0, w, k, k, j0, j1, true);
        if (bias) {
            biasColumns(g, w, b2, xsum[part], w2h[part], gb2, bb, j0, j1);
        }
        sink.columns(part, g, bias ? gb2 : null, j0, j1);
    }

    /** The b2 terms of the gradient of W2^T, and the gradient of b2, on the columns [j0, j1). */
    private void biasColumns(double[][] g, double[][] w, double[] b2, double[] xsum, double[] w2h, double[] gb2, int bb,
                             int j0, int j1) {
        for (int a = 0; a < k; a++) {
            final double c = 2 * h1[a];
            final double[] ga = g[k + a];
            for (int j = j0; j < j1; j++) {
                ga[j] = Math.fma(c, b2[j], ga[j]);
            }
        }
        Arrays.fill(w2h, j0, j1, 0.0);
        for (int a = 0; a < k; a++) {
            final double ha = h1[a];
            final double[] v = w[k + a];
            for (int j = j0; j < j1; j++) {
                w2h[j] = Math.fma(v[j], ha, w2h[j]);
            }
        }
        for (int j = j0; j < j1; j++) {
            gb2[j] = -2 * (xsum[j] - w2h[j] - bb * b2[j]);
        }
    }
}
