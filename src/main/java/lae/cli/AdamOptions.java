package lae.cli;

import java.util.List;

import picocli.CommandLine.Option;

import lae.core.InputException;
import lae.numeric.Adam;
import lae.numeric.Schedule;
import lae.train.BatchRegularization;

/**
 * The optimiser's settings of {@code train} (--schedule, --batch-regularization, --learning-rate, --init-sigma):
 * their checks before any work, and their part of the command line that reproduces a run.
 */
final class AdamOptions {
    @Option(names = "--batch-regularization", defaultValue = "per-batch",
            description = "mini-batch regulariser: per-batch (lambda on every batch, Keras add_loss; lambda_eff = lambda ceil(n / b)) "
                    + "or scaled (lambda b / n per batch; lambda_eff = lambda). Default ${DEFAULT-VALUE}")
    private String batchRegularization;

    @Option(names = "--init-sigma", description = "stddev of the N(0, sigma^2) initialisation (default: each setting's own: "
            + "0.05, and 1 for the k = 9 Fashion-MNIST cell under keras-decay)")
    private Double initSigma;

    @Option(names = "--learning-rate", defaultValue = "0.05", description = "Adam's alpha (default ${DEFAULT-VALUE})")
    private double learningRate;

    @Option(names = "--schedule", defaultValue = "both",
            description = "keras-decay (Kunin et al.'s code: Keras legacy Adam with decay), constant (the paper's words) "
                    + "or both (default ${DEFAULT-VALUE}, side by side)")
    private String schedule;

    /** Checks the learning rate and the initialisation's stddev (an input error naming the option otherwise). */
    void check() {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw InputException.field("command line", "--learning-rate", learningRate, "(0, inf)");
        }
        if (initSigma != null && (!(initSigma > 0) || Double.isInfinite(initSigma))) {
            throw InputException.field("command line", "--init-sigma", initSigma, "(0, inf)");
        }
    }

    /** The mini-batch regulariser named by --batch-regularization. */
    BatchRegularization regularization() {
        return BatchRegularization.parse(batchRegularization);
    }

    /** The schedules to run: both, or the one --schedule names. */
    List<Schedule.Kind> schedules() {
        return schedule.trim().equalsIgnoreCase("both")
                ? List.of(Schedule.Kind.KERAS_DECAY, Schedule.Kind.CONSTANT) : List.of(Schedule.Kind.parse(schedule));
    }

    /** Adam's alpha. */
    double learningRate() {
        return learningRate;
    }

    /** The initialisation's stddev, or null for each setting's own. */
    Double initSigma() {
        return initSigma;
    }

    /** Appends to {@code line} each of these options that differs from its default, as the user would type it. */
    void appendTo(StringBuilder line) {
        if (!schedule.equalsIgnoreCase("both")) {
            line.append(" --schedule ").append(schedule);
        }
        BatchRegularization reg = regularization();
        if (reg != BatchRegularization.PER_BATCH) {
            line.append(" --batch-regularization ").append(reg.cliName());
        }
        if (learningRate != Adam.DEFAULT_LEARNING_RATE) {
            line.append(" --learning-rate ").append(learningRate);
        }
        if (initSigma != null) {
            line.append(" --init-sigma ").append(initSigma);
        }
    }
}
