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
 * layout as its parameters. {@link #valueAndGradient} reads theta and writes the gradient in that layout.
 * Training keeps the parameters here instead ({@link #begin}, {@link #step}, {@link #parameters}): the
 * rows of W1 and W2^T, b1 and b2 as arrays of their own, with Adam's moments in arrays of the same
 * shapes, so that a step neither copies theta in nor the gradient out, and Adam updates each row where
 * the gradient was formed (measured side by side on Fashion-MNIST, one thread: 7 to 10 per cent of an
 * epoch). The arithmetic is the same either way, so training gives the same bits as the flat Adam step
 * on the gradient of {@link #valueAndGradient} (tested). All workspaces are allocated once; a step
 * allocates nothing.
 *
 * <p>Work split. The columns 0..m-1 (the data dimension) split at {@code split} (about m/2) into two
 * parts; everything that runs over the columns is done part by part, and a part never reads another
 * part's columns (nor, with two threads, another part's arrays):
 * <ul>
 *   <li>phase A, per part J: copies of the batch rows restricted to J, and of the parameter rows when theta
 *       is given (arrays of their own, as {@link AxpyKernel} needs), then, in chunks of {@value #CHUNK_A}
 *       features (so that the chunk's rows of E stay in the first-level cache; the sums run over the
 *       features in the same order), one product
 *       [W1; W2^T]_J E_J with E = [X_b^T, W1^T, b2, W2] (m x (b + k_T + 1 + k), W1^T only when
 *       lambda_pi != 0, i.e. k_T = k, else k_T = 0; E_J its rows J, built by transposing those rows),
 *       whose blocks are the part's sums of P = [W1; W2^T] X_b, T = W1 W1^T, W2^T b2 and S = W2^T W2
 *       (W1 is multiplied by the first b + k_T columns only); plus ||W1_J||^2 when T is not formed,
 *       X_b 1 on J, b2_J . (X_b 1)_J and ||b2_J||^2;</li>
 *   <li>phase B (the caller alone): the two parts' sums added, part 0's first, then the k x b and
 *       k x k quantities (S H by the axpy kernel, H H^T as a Gram matrix) and the value;</li>
 *   <li>phase C, per part, in chunks of about {@value #CHUNK_C} of the part's columns J, all of about the
 *       same size (no column of phase C depends on another; a last chunk of a few columns would run mostly
 *       in the kernel's scalar loop: 8 columns ran at 1.6 * 10^9 multiply-adds/s against 8 to 10 for 128):
 *       the columns J of the gradient, G_J = Q (X_b)_J^T by the axpy kernel (Q = [-2 W2^T R; -2 H],
 *       2k x b, against the data rows) plus the k x k terms, the gradient of b2 on J, and the Adam update
 *       of those columns of the training state, or their copy into the caller's gradient; b1 on part 0.</li>
 * </ul>
 * The two products, (2k x m x b) + (2k x m x b) multiply-adds, are about 0.9 * 10^6 per batch of 32 on
 * Fashion-MNIST; the rest is O(k m + k^2 b). With two threads ({@link PairWorker}) part 1 runs on the
 * worker; with one, or when {@link #setParallel} says so, the caller runs part 0 and then part 1. Each
 * number is computed by the same operations in the same order either way, so the result does not depend
 * on the number of threads, nor on whether a given step used one or two.
 *
 * <p>Why phase C keeps phase A's halves. Each thread then touches only its own columns of the batch
 * rows, the parameters, the moments and the gradient, so these stay in its core's caches from one phase
 * and step to the next. Phase C used to hand its chunks to whichever thread was free, which balanced
 * the threads but moved those columns between the cores at every step: measured in one JVM, epochs of
 * the two kinds taking turns on Fashion-MNIST (two threads, ms per epoch), 57.0 against 50.6, 88.6
 * against 70.9 and 99.4 against 76.9 for the fixed halves.
 *
 * <p>Why each part has arrays of its own. Every array indexed by the column (the batch rows, the
 * parameters, the moments, the gradient, b2 and its sums) is held twice, [part], each copy used on its
 * part's columns only, and every array of a part ends in {@value #PAD} unused doubles. With one array
 * shared by both parts, a core wrote the cache lines that the other core read at every loop: the line that
 * holds an array's header (its length, read by every loop's range check) and its first elements (part 0's),
 * and the line across the split. When the machine places its two virtual cores far apart (a hand-over
 * round trip of about 500 ns, {@link HandOverLatency}, against about 80 ns near), each such read waits for
 * the line to cross. Measured in one JVM, epochs taking turns, two threads (ms per epoch, medians):
 * 113.5 against 80.4, 91.8 against 77.0 and 90.6 against 74.2 in far phases, 61.7 against 60.3 and 51.9
 * against 50.9 in near ones; the padding then took 132.4 to 99.2 and 98.1 to 92.9. The result is the same
 * bits (the arithmetic is unchanged).
 */
public final class MiniBatchLaeLoss implements AutoCloseable {
    /** Features per chunk of phase A: its rows of E (at most 64 x 51 doubles) stay in the first-level cache. */
    static final int CHUNK_A = 64;
    /** Columns per chunk of phase C: the batch rows' and the gradient's columns of a chunk stay in cache. */
    static final int CHUNK_C = 128;
    /** Doubles (a cache line) of unused space at the end of every array of a part; see the class comment. */
    private static final int PAD = 8;
    private static final int SUM_W1 = 0;
    private static final int SUM_B2X = 1;
    private static final int SUM_B2SQ = 2;
    private static final int SUM_TOUCHED = 3; // what BytePixels#gather returns, kept
    private final double[] x;      // n x m, one data point per row
    private final BytePixels pixels; // the same as byte codes, or null
    private final double[] sqNorm; // ||x_i||^2
    private final int m;
    private final int n;
    private final int k;
    private final boolean bias;
    private final double lambdaPi;
    private final double lambdaSigma;
    private final int maxBatch;
    private final int split;       // part 0 owns the columns [0, split), part 1 [split, m)
    private final PairWorker worker;

    private final int[] xOff;       // b: offsets of the batch's rows in x
    // Every array indexed by the column (the data dimension) comes in two copies, [part], each of length m
    // but used on its part's columns only: a thread touches only its part's arrays (see the class comment).
    private final double[][][] w;   // per part, 2k x m: the rows of W1, then of W2^T, copied from theta
    private final double[] b1;      // k: b1, copied from theta (zero without biases)
    private final double[][] b2;    // per part, m: b2, copied from theta (zero without biases)
    // the training state between begin and the end of training: parameters and Adam's moments, in rows
    private final double[][][] sw;  // per part, 2k x m: W1, then W2^T
    private final double[] sb1;     // k
    private final double[][] sb2;   // per part, m
    private final double[][][] mW;  // Adam's first and second moments of sw, sb1, sb2
    private final double[][][] vW;
    private final double[] mB1;
    private final double[] vB1;
    private final double[][] mB2;
    private final double[][] vB2;
    private final double[] gb1;     // k: the gradient of b1
    private final double[][][] xr;  // per part, b x m: the batch, one data point per row
    private final int kT;           // k when lambda_pi != 0 (T = W1 W1^T is needed), else 0
    private final double[][][] xt;  // per part, CHUNK_A x (b + kT + 1 + k): rows of E = [X_b^T, W1^T, b2, W2], a chunk of features
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
    private double[][][] cw;        // the parameters it evaluates at: w, b1, b2 (copies of theta) or the training state
    private double[] cb1;
    private double[][] cb2;
    private Adam session;           // the training state's optimiser, after begin
    private double[] theta;
    private double[] grad;
    private Adam adam;
    private int b;
    private boolean parallel = true;
    private long steps;
    private long parallelSteps;
    private final java.util.function.IntConsumer phaseA = this::phaseA;
    private final java.util.function.IntConsumer phaseC = this::phaseC;

    public MiniBatchLaeLoss(double[] x, int m, int n, int k, boolean bias, double lambdaPi, double lambdaSigma,
                            int maxBatch) {
        this(x, m, n, k, bias, lambdaPi, lambdaSigma, maxBatch, 1);
    }

    public MiniBatchLaeLoss(double[] x, int m, int n, int k, boolean bias, double lambdaPi, double lambdaSigma,
                            int maxBatch, int threads) {
        this(x, null, m, n, k, bias, lambdaPi, lambdaSigma, maxBatch, threads);
    }

    /**
     * @param x           the data, n x m row-major (row i is data point i, i.e. column i of X)
     * @param pixels      null, or the same data as byte codes ({@link BytePixels#of}), from which the batch rows
     *                    are then read: the same doubles, from an eighth of the memory
     * @param lambdaPi    coefficient of ||W2 W1||^2 in the full-data loss
     * @param lambdaSigma coefficient of ||W1||^2 + ||W2||^2 in the full-data loss
     * @param maxBatch    the largest batch that will be passed
     * @param threads     1 or 2
     */
    public MiniBatchLaeLoss(double[] x, BytePixels pixels, int m, int n, int k, boolean bias, double lambdaPi,
                            double lambdaSigma, int maxBatch, int threads) {
        if ((long) m * n != x.length) {
            throw new IllegalArgumentException("data of length " + x.length + " is not m x n = " + m + " x " + n);
        }
        if (pixels != null && (pixels.m() != m || pixels.n() != n)) {
            throw new IllegalArgumentException("byte codes of " + pixels.n() + " x " + pixels.m() + " for data of "
                    + n + " x " + m);
        }
        this.pixels = pixels;
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
        this.split = (m / 2) & ~3;
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
        // the arrays of a part end in PAD unused doubles, so that no cache line holds data of both parts
        // whatever objects the allocator or the collector puts next to them
        w = new double[2][2 * k][m + PAD];
        b1 = new double[k];
        b2 = new double[2][m + PAD];
        sw = new double[2][2 * k][m + PAD];
        sb1 = new double[k];
        sb2 = new double[2][m + PAD];
        mW = new double[2][2 * k][m + PAD];
        vW = new double[2][2 * k][m + PAD];
        mB1 = new double[k];
        vB1 = new double[k];
        mB2 = new double[2][m + PAD];
        vB2 = new double[2][m + PAD];
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
        this.worker = new PairWorker(threads);
    }

    public int m() { return m; }
    public int n() { return n; }
    public int k() { return k; }
    public boolean bias() { return bias; }
    public double lambdaPi() { return lambdaPi; }
    public double lambdaSigma() { return lambdaSigma; }
    public int threads() { return worker.parts(); }

    /**
     * With two threads, whether the following steps use both (true, the initial state) or the caller's
     * alone; the result is the same either way. Ignored with one thread.
     */
    public void setParallel(boolean parallel) {
        this.parallel = parallel;
    }

    /** Whether the next step will run on two threads. */
    public boolean parallel() {
        return parallel && worker.parts() == 2;
    }

    /** Phases of two-thread steps whose second part the caller ran itself, the worker not having started it. */
    public long partsTakenBack() {
        return worker.partsTakenBack();
    }

    /** Seconds the caller has spent waiting for the worker's part of two-thread phases. */
    public double secondsWaited() {
        return worker.waitedNanos() / 1e9;
    }

    /** The calls so far (steps and evaluations). */
    public long calls() {
        return steps;
    }

    /** The calls so far that ran on two threads. */
    public long twoThreadCalls() {
        return parallelSteps;
    }

    /** The fraction of the calls so far that ran on two threads (0 before the first call). */
    public double parallelShare() {
        return steps == 0 ? 0.0 : (double) parallelSteps / steps;
    }

    /** Length of theta: 2 k m, plus k + m with biases. */
    public int parameterCount() {
        return 2 * k * m + (bias ? k + m : 0);
    }

    /**
     * f_b and, when {@code grad != null}, its gradient (written over {@code grad}) at theta on the batch of
     * data points {@code order[from..to)}. It does not touch the training state.
     *
     * @param rho the scale of the regulariser on this batch ({@link BatchRegularization#rho})
     */
    public double valueAndGradient(double[] theta, int[] order, int from, int to, double rho, double[] grad) {
        if (theta.length != parameterCount()) {
            throw new IllegalArgumentException("theta has length " + theta.length + ", expected " + parameterCount());
        }
        final int km = k * m;
        for (int a = 0; a < k; a++) {
            b1[a] = bias ? theta[2 * km + a] : 0.0;
        }
        return run(theta, w, b1, b2, order, from, to, rho, grad, null);
    }

    /**
     * Starts training at theta: the parameters are copied into this object's rows, where {@link #step}
     * updates them in place by Adam under {@code schedule}, with Adam's moments beside them (zero now).
     * Keeping them in rows saves copying the parameters in and the gradient out at every step;
     * {@link #parameters} copies them out. A later call starts afresh.
     */
    public void begin(double[] theta, Schedule schedule) {
        if (theta.length != parameterCount()) {
            throw new IllegalArgumentException("theta has length " + theta.length + ", expected " + parameterCount());
        }
        final int km = k * m;
        for (int part = 0; part < 2; part++) { // whole rows into both parts' arrays; each uses its own columns
            for (int r = 0; r < 2 * k; r++) {
                System.arraycopy(theta, r * m, sw[part][r], 0, m);
                java.util.Arrays.fill(mW[part][r], 0.0);
                java.util.Arrays.fill(vW[part][r], 0.0);
            }
            if (bias) {
                System.arraycopy(theta, 2 * km + k, sb2[part], 0, m);
            }
            java.util.Arrays.fill(mB2[part], 0.0);
            java.util.Arrays.fill(vB2[part], 0.0);
        }
        for (int a = 0; a < k; a++) {
            sb1[a] = bias ? theta[2 * km + a] : 0.0;
        }
        java.util.Arrays.fill(mB1, 0.0);
        java.util.Arrays.fill(vB1, 0.0);
        session = new Adam(0, schedule); // the moments are the rows above
    }

    /**
     * One Adam step of the training state on the batch: returns f_b at the current parameters and updates
     * them. When f_b is not finite nothing is updated.
     */
    public double step(int[] order, int from, int to, double rho) {
        if (session == null) {
            throw new IllegalStateException("step before begin");
        }
        return run(null, sw, sb1, sb2, order, from, to, rho, null, session);
    }

    /** Copies the current parameters of the training state into theta (the layout of {@link #parameterCount}). */
    public void parameters(double[] theta) {
        if (session == null) {
            throw new IllegalStateException("parameters before begin");
        }
        final int km = k * m;
        for (int r = 0; r < 2 * k; r++) {
            System.arraycopy(sw[0][r], 0, theta, r * m, split);
            System.arraycopy(sw[1][r], split, theta, r * m + split, m - split);
        }
        if (bias) {
            System.arraycopy(sb1, 0, theta, 2 * km, k);
            System.arraycopy(sb2[0], 0, theta, 2 * km + k, split);
            System.arraycopy(sb2[1], split, theta, 2 * km + k + split, m - split);
        }
    }

    private double run(double[] theta, double[][][] rows, double[] bias1, double[][] bias2, int[] order, int from, int to,
                       double rho, double[] grad, Adam adam) {
        final int bb = to - from;
        if (bb < 1 || bb > maxBatch) {
            throw new IllegalArgumentException("batch of " + bb + " outside 1.." + maxBatch);
        }
        this.theta = theta;
        this.cw = rows;
        this.cb1 = bias1;
        this.cb2 = bias2;
        this.grad = grad;
        this.adam = adam;
        this.b = bb;
        double xsq = 0;
        for (int i = 0; i < bb; i++) {
            xOff[i] = order[from + i] * m;
            xsq += sqNorm[order[from + i]];
        }
        boolean both = parallel();
        steps++;
        if (both) {
            parallelSteps++;
        }
        try {
            worker.run(phaseA, both);
            double value = phaseB(xsq, rho);
            if ((grad != null || adam != null) && Double.isFinite(value)) {
                if (adam != null) {
                    adam.beginStep();
                }
                worker.run(phaseC, both);
            }
            return value;
        } finally {
            this.theta = null;
            this.grad = null;
            this.adam = null;
        }
    }

    private int lo(int part) {
        return part == 0 ? 0 : split;
    }

    private int hi(int part) {
        return part == 0 ? split : m;
    }

    /**
     * Phase A on the columns J of a part: copies of the parameter and batch rows on J, the rows J of E, X_b 1
     * on J, and the part's partial sums (see the class comment).
     */
    private void phaseA(int part) {
        final int bb = b;
        final int kk = 2 * k;
        final int j0 = lo(part);
        final int j1 = hi(part);
        final int len = j1 - j0;
        final double[] th = theta;
        final double[][] w = cw[part];
        final double[] b2 = cb2[part];
        final double[][] xr = this.xr[part];
        final double[] xsum = this.xsum[part];
        final double[] sums = partSums[part];
        if (th != null) {
            for (int r = 0; r < kk; r++) {
                System.arraycopy(th, r * m + j0, w[r], j0, len);
            }
            if (bias) {
                System.arraycopy(th, 2 * k * m + k + j0, b2, j0, len);
            }
        }
        // E = [X_b^T, W1^T (when T is needed), b2 (zero without biases), W2]: its columns are these rows
        final int cB2 = bb + kT;
        final int cV = cB2 + 1;
        final double[][] src = part == 0 ? src0 : src1;
        System.arraycopy(xr, 0, src, 0, bb);
        System.arraycopy(w, 0, src, bb, kT);
        src[cB2] = b2;
        System.arraycopy(w, k, src, cV, k);
        // the batch rows' columns J: decoded from the byte codes when there are any (the same doubles), else
        // copied row by row (a row at a time streams from memory fastest: measured 11 ms an epoch on one
        // thread against 17 ms copying them chunk by chunk across the batch)
        if (pixels != null) {
            sums[SUM_TOUCHED] = pixels.gather(xOff, bb, j0, j1, xr);
        } else {
            for (int i = 0; i < bb; i++) {
                System.arraycopy(x, xOff[i] + j0, xr[i], j0, len);
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
            java.util.Arrays.fill(xsum, j0, j1, 0.0);
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
        final int kk = 2 * k;
        final int b1Off = 2 * k * m;
        for (int r = 0; r < kk; r++) {
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
            double ba = cb1[a];
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
        if (grad != null || adam != null) {
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
        return value;
    }

    /**
     * Phase C on the columns J of a part: G_J = Q (X_b)_J^T plus the k x k terms, the gradient of b2 on J (and
     * of b1 on part 0), then the copy into {@code grad} or the Adam update of the training state on those
     * columns.
     */
    private void phaseC(int part) {
        final int km = k * m;
        final int b1Off = 2 * km;
        final int j1 = hi(part);
        final int j0 = lo(part);
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
            if (grad != null) {
                System.arraycopy(gb1, 0, grad, b1Off, k);
            }
            if (adam != null) {
                adam.update(cb1, gb1, mB1, vB1, 0, k);
            }
        }
    }

    /** Phase C on the columns [j0, j1) of a part: every step of it is column by column. */
    private void columnsC(int part, int j0, int j1) {
        final int bb = b;
        final int km = k * m;
        final int b2Off = 2 * km + k;
        final int len = j1 - j0;
        final double[][] w = cw[part];
        final double[] b2 = cb2[part];
        final double[][] g = this.g[part];
        final double[][] xr = this.xr[part];
        final double[] xsum = this.xsum[part];
        final double[] w2h = this.w2h[part];
        final double[] gb2 = this.gb2[part];
        final double[][] mW = this.mW[part];
        final double[][] vW = this.vW[part];
        AxpyKernel.product(g, 0, 2 * k, q, 0, 0, xr, 0, bb, j0, j1, false);
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
            for (int a = 0; a < k; a++) {
                final double c = 2 * h1[a];
                final double[] ga = g[k + a];
                for (int j = j0; j < j1; j++) {
                    ga[j] = Math.fma(c, b2[j], ga[j]);
                }
            }
            java.util.Arrays.fill(w2h, j0, j1, 0.0);
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
        final double[] out = grad;
        if (out != null) {
            for (int r = 0; r < 2 * k; r++) {
                System.arraycopy(g[r], j0, out, r * m + j0, len);
            }
            if (bias) {
                System.arraycopy(gb2, j0, out, b2Off + j0, len);
            }
        }
        final Adam opt = adam;
        if (opt != null) {
            for (int r = 0; r < 2 * k; r++) {
                opt.update(w[r], g[r], mW[r], vW[r], j0, j1);
            }
            if (bias) {
                opt.update(b2, gb2, mB2[part], vB2[part], j0, j1);
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
        double[][] rows = new double[2 * k][];
        for (int r = 0; r < 2 * k; r++) {
            rows[r] = java.util.Arrays.copyOfRange(theta, r * m, (r + 1) * m);
        }
        double[] ss = new double[k * k];
        double[] tt = new double[k * k];
        AxpyKernel.gram(rows, k, k, 0, m, ss, true);
        AxpyKernel.gram(rows, 0, k, 0, m, tt, true);
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

    @Override
    public void close() {
        worker.close();
    }
}
