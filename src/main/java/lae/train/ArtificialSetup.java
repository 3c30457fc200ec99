package lae.train;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lae.model.DataMatrix;
import lae.model.LossKind;
import lae.numeric.Schedule;

/**
 * The configuration of Section 4.2's experiment: X = U Sigma V^T with m = {@value #M}, n = {@value #N} and
 * Sigma_ii = (21 - i)/5 (U, V from the data seed), k = {@value #K}, lambda = 10 (so m0 = 5), full-batch Adam for
 * {@value #EPOCHS} epochs on L, L_pi, L_sigma and the synthetic loss at each w_sigma of {@link #W_SIGMAS}, under
 * every schedule and Adam seed of the options; no biases (X is not centred in the paper, and the code trains
 * this data without them).
 *
 * @param epochs the epochs of every run
 * @param data   X and its singular value decomposition
 * @param m0     the number of singular values with s_i^2 &gt; lambda
 * @param runs   one training configuration per schedule, Adam seed and loss, in that order
 */
public record ArtificialSetup(int epochs, DataMatrix data, int m0, List<TrainingConfig> runs) {
    /** The data dimension. */
    public static final int M = 20;
    /** The number of data points. */
    public static final int N = 30;
    /** The latent dimension. */
    public static final int K = 8;
    /** lambda of every loss. */
    public static final double LAMBDA = 10;
    /** The paper's epochs. */
    public static final int EPOCHS = 4000;
    /** The synthetic loss's w_sigma values of Figure 4. */
    static final double[] W_SIGMAS = {0.5, 0.05, 0.005};

    /** The setup the options ask for. */
    static ArtificialSetup of(TrainOptions o) {
        int epochs = o.epochs() == null ? EPOCHS : o.epochs();
        DataMatrix d = data(o.seed());
        List<TrainingConfig> configs = new ArrayList<>();
        for (Schedule.Kind kind : o.schedules()) {
            Schedule sc = Schedule.of(kind, o.learningRate(), Schedule.DECAY_FULL_BATCH);
            for (long seed : o.adamSeeds()) {
                configs.add(config(LossKind.L, 0.5, epochs, sc, o, seed));
                configs.add(config(LossKind.L_PI, 0.5, epochs, sc, o, seed));
                configs.add(config(LossKind.L_SIGMA, 0.5, epochs, sc, o, seed));
                for (double w : W_SIGMAS) {
                    configs.add(config(LossKind.SYNTHETIC, w, epochs, sc, o, seed));
                }
            }
        }
        return new ArtificialSetup(epochs, d, d.m0(LAMBDA), List.copyOf(configs));
    }

    private static TrainingConfig config(LossKind loss, double w, int epochs, Schedule sc, TrainOptions o, long seed) {
        return TrainingConfig.of(loss, LAMBDA, w, K, epochs, 0, seed).withSchedule(sc)
                .withInitSigma(o.initSigmaOr(TrainingConfig.DEFAULT_INIT_SIGMA)).withRegularization(o.regularization());
    }

    /** Singular values (21 - i)/5, i = 1..20. */
    public static double[] singularValues() {
        double[] s = new double[M];
        for (int i = 0; i < M; i++) {
            s[i] = (21.0 - (i + 1)) / 5.0;
        }
        return s;
    }

    /** X = U Sigma V^T with U and V the Q factors of N(0,1) matrices drawn from {@code seed}. */
    public static DataMatrix data(long seed) {
        return DataMatrix.fromSingularValues(singularValues(), M, N, seed);
    }

    /** The points of X (m x n) as n rows of m, row-major: the layout training reads. */
    public static double[] rowsOf(DMatrixRMaj x) {
        int m = x.numRows;
        int n = x.numCols;
        double[] r = new double[m * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                r[i * m + j] = x.get(j, i);
            }
        }
        return r;
    }
}
