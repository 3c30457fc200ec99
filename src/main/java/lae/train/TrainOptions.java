package lae.train;

import java.nio.file.Path;
import java.util.List;

import lae.core.Progress;
import lae.numeric.Schedule;
import lae.numeric.Adam;

/**
 * Options shared by the experiments of {@code lae train}.
 *
 * @param seed           seed of the data (artificial) and the first Adam seed (initialisation and shuffling)
 * @param seeds          how many Adam seeds (seed, seed + 1, ...) every training verdict is taken over (>= 3)
 * @param epochs         epochs of the runs, or null for the paper's (4000, 200, 400)
 * @param data           data file or directory, or null for the default
 * @param regularization mini-batch regulariser convention
 * @param schedules      the Adam settings to run, the code's (keras-decay) first by default
 * @param learningRate   Adam's alpha (0.05 in the paper and in the code)
 * @param initSigma      standard deviation of the initialisation, or null for each setting's own
 * @param progress       where progress goes (the CLI decides how it is shown)
 * @param command        the command line that reproduces the report
 */
public record TrainOptions(long seed, int seeds, Integer epochs, Path data, BatchRegularization regularization,
                           List<Schedule.Kind> schedules, double learningRate, Double initSigma, Progress progress,
                           String command) {

    /** Copies the schedules; needs at least one schedule and one seed. */
    public TrainOptions {
        schedules = List.copyOf(schedules);
        if (schedules.isEmpty()) {
            throw new IllegalArgumentException("no schedule");
        }
        if (seeds < 1) {
            throw new IllegalArgumentException("seeds must be >= 1");
        }
    }

    /** The default: seed 0, 3 seeds, the paper's epochs, both schedules (code's first), alpha 0.05. */
    public static TrainOptions defaults() {
        return new TrainOptions(0, 3, null, null, BatchRegularization.PER_BATCH,
                List.of(Schedule.Kind.KERAS_DECAY, Schedule.Kind.CONSTANT), Adam.DEFAULT_LEARNING_RATE, null,
                Progress.NONE, "./lae train");
    }

    /** The same options with epochs {@code e} (null: the paper's). */
    public TrainOptions withEpochs(Integer e) {
        return new TrainOptions(seed, seeds, e, data, regularization, schedules, learningRate, initSigma, progress, command);
    }

    /** The same options with {@code s} Adam seeds. */
    public TrainOptions withSeeds(int s) {
        return new TrainOptions(seed, s, epochs, data, regularization, schedules, learningRate, initSigma, progress, command);
    }

    /** The same options with the data file or directory {@code d}. */
    public TrainOptions withData(Path d) {
        return new TrainOptions(seed, seeds, epochs, d, regularization, schedules, learningRate, initSigma, progress, command);
    }

    /** The same options with the schedules {@code k}. */
    public TrainOptions withSchedules(List<Schedule.Kind> k) {
        return new TrainOptions(seed, seeds, epochs, data, regularization, k, learningRate, initSigma, progress, command);
    }

    /** The Adam seeds: seed, seed + 1, ..., seed + seeds - 1. */
    public long[] adamSeeds() {
        long[] s = new long[seeds];
        for (int i = 0; i < seeds; i++) {
            s[i] = seed + i;
        }
        return s;
    }

    /** "keras-decay (the code's settings) and constant (the paper's words)": the schedules run, as a report says them. */
    public String schedulesText() {
        return String.join(" and ", schedules.stream().map(k -> k == Schedule.Kind.KERAS_DECAY
                ? "keras-decay (the code's settings)" : "constant (the paper's words)").toList());
    }

    /** The init sigma: the option if given, else {@code own}. */
    double initSigmaOr(double own) {
        return initSigma != null ? initSigma : own;
    }
}
