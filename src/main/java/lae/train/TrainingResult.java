package lae.train;

import org.ejml.data.DMatrixRMaj;

import lae.model.LaePoint;

/**
 * The outcome of one {@link AdamTrainer} run.
 *
 * @param config          what was run
 * @param m               data dimension
 * @param n               number of data points
 * @param theta           the final parameters (W1, W2^T, b1, b2; see {@link MiniBatchLaeLoss}); the last
 *                        good ones when training stopped on a non-finite value
 * @param epochLoss       per completed epoch, the sum of the batch losses met during it (for full-batch
 *                        training: the loss before that epoch's step)
 * @param transposeGapSq  per completed epoch, ||W1 - W2^T||_F^2 at its end (Figure 4)
 * @param nanEpoch        the 1-based epoch in which a non-finite loss or parameter appeared, or 0
 * @param seconds         wall-clock training time
 */
public record TrainingResult(TrainingConfig config, int m, int n, double[] theta, double[] epochLoss,
                             double[] transposeGapSq, int nanEpoch, double seconds) {

    /** The epochs completed. */
    public int epochsCompleted() {
        return epochLoss.length;
    }

    /** Whether training stopped on a non-finite loss or parameter. */
    public boolean stoppedOnNaN() {
        return nanEpoch > 0;
    }

    /** (W1, W2) of the final parameters. */
    public LaePoint point() {
        return toPoint(theta, m, config.k());
    }

    /** (W1, W2) of theta = (W1 row-major, W2^T row-major, ...). */
    public static LaePoint toPoint(double[] theta, int m, int k) {
        DMatrixRMaj w1 = new DMatrixRMaj(k, m);
        DMatrixRMaj w2 = new DMatrixRMaj(m, k);
        System.arraycopy(theta, 0, w1.data, 0, k * m);
        for (int a = 0; a < k; a++) {
            for (int j = 0; j < m; j++) {
                w2.data[j * k + a] = theta[k * m + a * m + j];
            }
        }
        return new LaePoint(w1, w2);
    }
}
