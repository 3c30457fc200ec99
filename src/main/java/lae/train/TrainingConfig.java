package lae.train;

import lae.model.LossKind;
import lae.numeric.Schedule;
import lae.numeric.Adam;

/**
 * One Adam training run of a linear autoencoder (Section 4: Adam, learning rate 0.05, random normal
 * initialisation).
 *
 * @param loss           L, L_pi, L_sigma or the synthetic loss
 * @param lambda         lambda of the loss (for the synthetic loss lambda_pi = (1 - w_sigma) lambda,
 *                       lambda_sigma = w_sigma lambda)
 * @param wSigma         w_sigma of the synthetic loss (ignored otherwise)
 * @param k              latent dimension
 * @param epochs         passes over the data
 * @param batchSize      points per batch; 0 or n means full batch
 * @param bias           train bias terms b1, b2 (initialised to zero)
 * @param regularization the mini-batch convention for the regulariser
 * @param schedule       Adam's settings: constant (the paper's words) or keras-decay (the code's)
 * @param initSigma      standard deviation of the N(0, sigma^2) initialisation of W1 and W2
 * @param seed           seed of the initialisation and of the per-epoch shuffling
 */
public record TrainingConfig(LossKind loss, double lambda, double wSigma, int k, int epochs, int batchSize,
                             boolean bias, BatchRegularization regularization, Schedule schedule,
                             double initSigma, long seed) {
    /**
     * Standard deviation of the initialisation: 0.05, the default of Keras' RandomNormal initializer
     * and the value of Kunin et al.'s code; the paper only says "random normal initialization".
     */
    public static final double DEFAULT_INIT_SIGMA = 0.05;

    /** A run without biases, per-batch regulariser, constant schedule at alpha 0.05 and init sigma 0.05. */
    public static TrainingConfig of(LossKind loss, double lambda, double wSigma, int k, int epochs, int batchSize,
                                    long seed) {
        return new TrainingConfig(loss, lambda, wSigma, k, epochs, batchSize, false, BatchRegularization.PER_BATCH,
                Schedule.constant(Adam.DEFAULT_LEARNING_RATE), DEFAULT_INIT_SIGMA, seed);
    }

    /** Adam's alpha (before any decay). */
    public double learningRate() {
        return schedule.learningRate();
    }

    /** The same run under schedule {@code sc}. */
    public TrainingConfig withSchedule(Schedule sc) {
        return new TrainingConfig(loss, lambda, wSigma, k, epochs, batchSize, bias, regularization, sc, initSigma, seed);
    }

    /** The same run for {@code e} epochs. */
    public TrainingConfig withEpochs(int e) {
        return new TrainingConfig(loss, lambda, wSigma, k, e, batchSize, bias, regularization, schedule, initSigma, seed);
    }

    /** The same run with Adam's alpha {@code lr} (the schedule's kind and decay kept). */
    public TrainingConfig withLearningRate(double lr) {
        return withSchedule(new Schedule(schedule.kind(), lr, schedule.decay(), schedule.epsilon()));
    }

    /** The same run with or without biases. */
    public TrainingConfig withBias(boolean b) {
        return new TrainingConfig(loss, lambda, wSigma, k, epochs, batchSize, b, regularization, schedule, initSigma, seed);
    }

    /** The same run under the mini-batch convention {@code r}. */
    public TrainingConfig withRegularization(BatchRegularization r) {
        return new TrainingConfig(loss, lambda, wSigma, k, epochs, batchSize, bias, r, schedule, initSigma, seed);
    }

    /** The same run initialised with stddev {@code s}. */
    public TrainingConfig withInitSigma(double s) {
        return new TrainingConfig(loss, lambda, wSigma, k, epochs, batchSize, bias, regularization, schedule, s, seed);
    }

    /** lambda_pi: lambda for L_pi, (1 - w_sigma) lambda for the synthetic loss, else 0. */
    public double lambdaPi() {
        switch (loss) {
            case L_PI: return lambda;
            case SYNTHETIC: return (1 - wSigma) * lambda;
            default: return 0;
        }
    }

    /** lambda_sigma: lambda for L_sigma, w_sigma lambda for the synthetic loss, else 0. */
    public double lambdaSigma() {
        switch (loss) {
            case L_SIGMA: return lambda;
            case SYNTHETIC: return wSigma * lambda;
            default: return 0;
        }
    }

    /** Batch size actually used for n data points. */
    public int batchFor(int n) {
        return batchSize <= 0 || batchSize >= n ? n : batchSize;
    }
}
