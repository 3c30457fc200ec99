package lae.train;

import java.util.Arrays;
import java.util.Random;

/**
 * Trains a linear autoencoder with Adam ({@link lae.numeric.Adam}) on the per-batch loss of {@link MiniBatchLaeLoss}:
 * each epoch visits the n data points once, in batches of b (the last one smaller when b does not
 * divide n), reshuffled every epoch with a seeded generator (as Keras' {@code fit} does); full-batch
 * training (b = n) needs no shuffling.
 *
 * <p>Initialisation: the entries of W1 (row-major) and then of W2 (row-major) are drawn from
 * N(0, sigma^2) by {@code java.util.Random(seed).nextGaussian()}; biases start at zero.
 *
 * <p>Non-finite values: if a batch loss is not finite, or the parameters at the end of an epoch are
 * not all finite, training stops, the parameters are reset to those at the end of the last complete
 * epoch, and the result records the epoch ({@link TrainingResult#nanEpoch()}).
 *
 * <p>Threads: a loss with a second thread ({@link #threadsFor}) runs each step on one or two threads as
 * {@link ParallelChoice} decides from the times of the loss's own steps
 * ({@link MiniBatchLaeLoss#chooseThreadsByTiming}); the trained parameters are the same either way.
 */
public final class AdamTrainer {

    /** Called after every completed epoch (1-based), with the current parameters (do not modify). */
    public interface EpochListener {
        /** Epoch {@code epoch} (1-based) is done: theta its parameters, epochLoss the sum of its batch losses. */
        void epochDone(int epoch, double[] theta, double epochLoss);
    }

    private AdamTrainer() {
    }

    /**
     * Trains from {@link #initialParameters} on the data x, as {@code cfg} says.
     *
     * @param x n x m row-major data (row i = data point i); not copied, not modified
     */
    public static TrainingResult train(double[] x, int m, int n, TrainingConfig cfg, EpochListener listener) {
        return train(x, null, m, n, cfg, listener);
    }

    /**
     * The same, with the data also given as byte codes ({@link BytePixels}; null when they are not): the same
     * result, the batch rows read from the codes.
     */
    public static TrainingResult train(double[] x, BytePixels pixels, int m, int n, TrainingConfig cfg,
                                       EpochListener listener) {
        int b = cfg.batchFor(n);
        try (MiniBatchLaeLoss loss = new MiniBatchLaeLoss(x, pixels, m, n, cfg.k(), cfg.bias(), cfg.lambdaPi(),
                cfg.lambdaSigma(), b, threadsFor(m, b, cfg.k()))) {
            double[] theta = initialParameters(m, cfg);
            return train(loss, theta, cfg, listener);
        }
    }

    /**
     * The threads a training run may use: two when the machine has at least two cores and a batch is worth
     * splitting (at least 10^5 multiply-adds per product, about 10 microseconds), else one. Whether a step
     * actually uses the second thread is decided during the run by timing steps in both modes
     * ({@link ParallelChoice}), because the spinning hand-over between the threads pays only when the other
     * core is free, which no static figure predicts (the load average, the former rule, counts this process's
     * own recent work and lags by a minute). The system property {@code lae.train.threads} (1 or 2) fixes the
     * number and turns the timing off. The result does not depend on any of this.
     */
    public static int threadsFor(int m, int b, int k) {
        Integer forced = forcedThreads();
        if (forced != null) {
            return forced;
        }
        boolean big = 2L * k * m * b >= 100_000;
        return big && Runtime.getRuntime().availableProcessors() >= 2 ? 2 : 1;
    }

    /** The value of {@code lae.train.threads} (1 or 2), or null when it is not set. */
    static Integer forcedThreads() {
        String forced = System.getProperty("lae.train.threads");
        if (forced == null) {
            return null;
        }
        return Integer.parseInt(forced.trim()) >= 2 ? 2 : 1;
    }

    /** Training from given initial parameters (modified in place). */
    public static TrainingResult train(MiniBatchLaeLoss loss, double[] theta, TrainingConfig cfg, EpochListener listener) {
        final int m = loss.shape().m();
        final int n = loss.shape().n();
        final int k = cfg.k();
        final int b = cfg.batchFor(n);
        final int dim = loss.parameterCount();
        if (theta.length != dim) {
            throw new IllegalArgumentException("theta has length " + theta.length + ", expected " + dim);
        }
        loss.begin(theta, cfg.schedule());
        double[] lastGood = theta.clone();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random shuffler = new Random(cfg.seed() ^ 0x5DEECE66DL);
        boolean shuffle = b < n;
        double[] epochLoss = new double[cfg.epochs()];
        double[] gap = new double[cfg.epochs()];
        int done = 0;
        int nanEpoch = 0;
        if (forcedThreads() == null) {
            loss.chooseThreadsByTiming();
        }
        long t0 = System.nanoTime();
        for (int e = 1; e <= cfg.epochs(); e++) {
            if (shuffle) {
                for (int i = n - 1; i > 0; i--) {
                    int j = shuffler.nextInt(i + 1);
                    int tmp = order[i];
                    order[i] = order[j];
                    order[j] = tmp;
                }
            }
            double sum = 0;
            boolean bad = false;
            for (int from = 0; from < n; from += b) {
                int to = Math.min(n, from + b);
                double rho = cfg.regularization().rho(to - from, n);
                double f = loss.step(order, from, to, rho);
                if (!Double.isFinite(f)) {
                    bad = true;
                    break;
                }
                sum += f;
            }
            loss.parameters(theta);
            double g = bad ? Double.NaN : gapSq(theta, k, m);
            if (bad || !allFinite(theta)) {
                nanEpoch = e;
                System.arraycopy(lastGood, 0, theta, 0, dim);
                break;
            }
            System.arraycopy(theta, 0, lastGood, 0, dim);
            epochLoss[e - 1] = sum;
            gap[e - 1] = g;
            done = e;
            if (listener != null) {
                listener.epochDone(e, theta, sum);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new TrainingResult(cfg, m, n, theta, Arrays.copyOf(epochLoss, done), Arrays.copyOf(gap, done),
                nanEpoch, seconds);
    }

    /** W1 and W2 with N(0, sigma^2) entries (W1 row-major, then W2 row-major), zero biases. */
    public static double[] initialParameters(int m, TrainingConfig cfg) {
        int k = cfg.k();
        double[] theta = new double[2 * k * m + (cfg.bias() ? k + m : 0)];
        Random rnd = new Random(cfg.seed());
        for (int i = 0; i < k * m; i++) {
            theta[i] = cfg.initSigma() * rnd.nextGaussian();
        }
        for (int j = 0; j < m; j++) {
            for (int a = 0; a < k; a++) {
                theta[k * m + a * m + j] = cfg.initSigma() * rnd.nextGaussian();
            }
        }
        return theta;
    }

    /** ||W1 - W2^T||_F^2 from theta = (W1, W2^T, ...). */
    public static double gapSq(double[] theta, int k, int m) {
        double acc = 0;
        int km = k * m;
        for (int i = 0; i < km; i++) {
            double d = theta[i] - theta[km + i];
            acc += d * d;
        }
        return acc;
    }

    private static boolean allFinite(double[] v) {
        double acc = 0;
        for (double d : v) {
            acc += d * 0.0;
        }
        return acc == 0.0;
    }
}
