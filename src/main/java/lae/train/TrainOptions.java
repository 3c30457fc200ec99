package lae.train;

import java.nio.file.Path;

/**
 * Options shared by the experiments of {@code lae train}.
 *
 * @param out            directory of the reports and figures
 * @param seed           seed of the data (artificial), the initialisation and the shuffling
 * @param epochs         epochs of the main runs, or null for the paper's (4000, 200, 400)
 * @param longEpochs     epochs of the continued Figure 4 runs (artificial), or null for 40,000
 * @param data           data file or directory, or null for the default
 * @param regularization mini-batch regulariser convention
 * @param bias           train bias terms
 * @param learningRate   Adam's alpha
 * @param initSigma      standard deviation of the initialisation
 * @param progress       show progress bars on stderr
 * @param command        the command line that reproduces the report
 */
public record TrainOptions(Path out, long seed, Integer epochs, Integer longEpochs, Path data,
                           BatchRegularization regularization, boolean bias, double learningRate, double initSigma,
                           boolean progress, String command) {

    public static TrainOptions defaults(Path out) {
        return new TrainOptions(out, 0, null, null, null, BatchRegularization.PER_BATCH, false,
                Adam.DEFAULT_LEARNING_RATE, TrainingConfig.DEFAULT_INIT_SIGMA, false, "lae train");
    }

    public TrainOptions withEpochs(Integer e, Integer longE) {
        return new TrainOptions(out, seed, e, longE, data, regularization, bias, learningRate, initSigma, progress, command);
    }

    public TrainOptions withData(Path d) {
        return new TrainOptions(out, seed, epochs, longEpochs, d, regularization, bias, learningRate, initSigma, progress, command);
    }

    TrainingConfig apply(TrainingConfig c) {
        return c.withBias(bias).withRegularization(regularization).withLearningRate(learningRate).withInitSigma(initSigma)
                .withSeed(seed);
    }

    Progress bar(String task, long total, String unit) {
        return progress ? Progress.bar(task, total, unit) : Progress.NONE;
    }
}
