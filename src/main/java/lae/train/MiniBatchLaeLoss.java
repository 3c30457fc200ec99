package lae.train;

import java.util.Arrays;

import lae.numeric.Schedule;

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
 * residual R is never built. The two products with X_b, [W1; W2^T] X_b and [W2^T R; H] X_b^T (2k x m x b
 * multiply-adds each), are all the work that grows with m b; the value also comes from small matrices:
 * ||R||^2 = ||X_b||^2 - 2 &lt;W2^T X_b, H&gt; - 2 b2 . X_b 1 + &lt;H, S H&gt; + 2 (W2^T b2) . H 1 + b ||b2||^2.
 *
 * <p>Parameters are one flat vector theta = (W1 row-major (k x m), W2^T row-major (k x m), b1 (k), b2 (m))
 * ({@link ParameterRows}). {@link #valueAndGradient} reads theta and writes the gradient in that layout.
 * Training keeps the parameters here instead ({@link #begin}, {@link #step}, {@link #parameters}): in rows,
 * with Adam's moments beside them ({@link AdamRows}), so that a step neither copies theta in nor the gradient
 * out; it gives the same bits as the flat Adam step on the gradient of {@link #valueAndGradient} (tested).
 *
 * <p>Three parts, one job each: the training kernel ({@link BatchLossKernel}: the products with the batch and
 * the value), the training state ({@link AdamRows}) and the thread split ({@link ColumnHalves}: two fixed
 * halves of the columns, on one thread or two). The result does not depend on the number of threads, nor on
 * which steps used two.
 */
public final class MiniBatchLaeLoss implements AutoCloseable {
    private final BatchLossShape shape;
    private final ColumnHalves halves;
    private final BatchLossKernel kernel;
    private final AdamRows state;
    private final FlatGradient flat;

    /** The loss on one thread, the batch rows copied from x. */
    public MiniBatchLaeLoss(double[] x, int m, int n, int k, boolean bias, double lambdaPi, double lambdaSigma,
                            int maxBatch) {
        this(x, m, n, k, bias, lambdaPi, lambdaSigma, maxBatch, 1);
    }

    /** The loss on {@code threads} threads (1 or 2), the batch rows copied from x. */
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
     * @param threads     1 or 2; with 2, every call uses both until {@link #chooseThreadsByTiming}
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
        this.shape = new BatchLossShape(m, n, k, bias, lambdaPi, lambdaSigma, maxBatch);
        this.halves = new ColumnHalves(m, threads);
        this.kernel = new BatchLossKernel(x, pixels, shape, halves);
        this.state = new AdamRows(k, m, bias);
        this.flat = new FlatGradient(k, m);
    }

    /** Which batch loss this is: sizes, biases, coefficients. */
    public BatchLossShape shape() {
        return shape;
    }

    /** The threads the loss may use, 1 or 2. */
    public int threads() {
        return halves.threads();
    }

    /**
     * From now on each training step ({@link #step}) uses one thread or two as {@link ParallelChoice} decides from
     * the times of the steps, kept from one training run to the next; the result is the same either way.
     * Nothing changes with one thread.
     */
    public void chooseThreadsByTiming() {
        halves.chooseByTiming();
    }

    /** How the calls so far used the threads, with the thread choice's evidence. */
    public ThreadUse threadUse() {
        return halves.use();
    }

    /** Length of theta: 2 k m, plus k + m with biases. */
    public int parameterCount() {
        return shape.parameterCount();
    }

    /**
     * f_b and, when {@code grad != null}, its gradient (written over {@code grad}) at theta on the batch of
     * data points {@code order[from..to)}. It does not touch the training state.
     *
     * @param rho the scale of the regulariser on this batch ({@link BatchRegularization#rho})
     */
    public double valueAndGradient(double[] theta, int[] order, int from, int to, double rho, double[] grad) {
        requireLength(theta);
        halves.startEvaluation();
        return kernel.evaluate(theta, null, order, from, to, rho, grad == null ? null : flat.into(grad));
    }

    /**
     * Starts training at theta: the parameters are copied into this object's rows, where {@link #step}
     * updates them in place by Adam under {@code schedule}, with Adam's moments beside them (zero now);
     * {@link #parameters} copies them out. A later call starts afresh.
     */
    public void begin(double[] theta, Schedule schedule) {
        requireLength(theta);
        state.begin(theta, schedule);
    }

    /**
     * One Adam step of the training state on the batch {@code order[from..to)}: returns f_b at the current
     * parameters and updates them. When f_b is not finite nothing is updated.
     */
    public double step(int[] order, int from, int to, double rho) {
        if (!state.begun()) {
            throw new IllegalStateException("step before begin");
        }
        halves.startStep();
        double value = kernel.evaluate(null, state.parameters(), order, from, to, rho, state);
        halves.endStep(to - from);
        return value;
    }

    /** Copies the current parameters of the training state into theta (the layout of {@link #parameterCount}). */
    public void parameters(double[] theta) {
        if (!state.begun()) {
            throw new IllegalStateException("parameters before begin");
        }
        state.parameters().store(theta, halves.split());
    }

    /**
     * ||X - W2 (W1 X + b1 1^T) - b2 1^T||_F^2 over all n data points (no regulariser), in batches of
     * at most maxBatch, without a gradient.
     */
    public double reconstructionError(double[] theta) {
        final int n = shape.n();
        final int maxBatch = shape.maxBatch();
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
        final int k = shape.k();
        final int m = shape.m();
        double[][] rows = new double[2 * k][];
        for (int r = 0; r < 2 * k; r++) {
            rows[r] = Arrays.copyOfRange(theta, r * m, (r + 1) * m);
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
        return shape.lambdaPi() * st + shape.lambdaSigma() * tr;
    }

    private void requireLength(double[] theta) {
        if (theta.length != parameterCount()) {
            throw new IllegalArgumentException("theta has length " + theta.length + ", expected " + parameterCount());
        }
    }

    /** Stops the worker thread, if any. */
    @Override
    public void close() {
        halves.close();
    }

    /** The gradient's columns copied into a flat gradient in theta's layout. */
    private static final class FlatGradient implements GradientColumns {
        private final int k;
        private final int m;
        private double[] out;

        FlatGradient(int k, int m) {
            this.k = k;
            this.m = m;
        }

        FlatGradient into(double[] grad) {
            this.out = grad;
            return this;
        }

        @Override
        public void start() {
            // nothing to prepare: the columns are copied as they come
        }

        @Override
        public void columns(int part, double[][] g, double[] gb2, int j0, int j1) {
            ParameterRows.storeColumns(g, gb2, k, m, j0, j1, out);
        }

        @Override
        public void b1(double[] gb1) {
            System.arraycopy(gb1, 0, out, 2 * k * m, k);
        }
    }
}
