package lae.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import lae.core.ClaimResult;
import lae.core.InputException;
import lae.core.Numbers;
import lae.core.Progress;
import lae.report.ReportDocument;
import lae.report.ReportWriter;
import lae.numeric.Adam;
import lae.train.ArtificialExperiment;
import lae.train.BatchRegularization;
import lae.train.ImageExperiment;
import lae.numeric.Schedule;
import lae.train.TrainOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lae train [--experiment artificial|fashion-mnist|cifar10|all]}: the experiments of Section 4. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains linear autoencoders with Adam as in Section 4, under the code's settings (keras-decay) and the "
                + "paper's words (constant), several seeds each, and writes OUT/train/<experiment>.md, .json and PNG figures "
                + "with a landscape and a training verdict for C25-C29.",
            "artificial: Section 4.2 (Figures 3 and 4, C27-C29); fashion-mnist: Figure 1 (C25); "
                + "cifar10: Figure 2 (C26, needs --data test_batch.bin); all (default): the three."})
public final class TrainCommand implements Callable<Integer>, SeedOption.Default {
    @Option(names = "--experiment", defaultValue = "all", description = "artificial, fashion-mnist, cifar10 or all (default ${DEFAULT-VALUE})")
    String experiment;

    @Option(names = "--schedule", defaultValue = "both",
            description = "keras-decay (Kunin et al.'s code: Keras legacy Adam with decay), constant (the paper's words) "
                    + "or both (default ${DEFAULT-VALUE}, side by side)")
    String schedule;

    @Option(names = "--seeds", defaultValue = "3", description = "Adam seeds per training verdict, 3 .. 100 (default ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--data", description = "fashion-mnist: directory with t10k-images-idx3-ubyte[.gz] and "
            + "t10k-labels-idx1-ubyte[.gz] (default /usr/share/datasets/fashion-mnist); cifar10: test_batch.bin or its directory")
    Path data;

    @Option(names = "--epochs", description = "epochs of every run (default: the paper's 4000 / 200 / 400)")
    Integer epochs;

    @Mixin SeedOption seed;
    @Mixin OutputOption out;

    @Option(names = "--batch-regularization", defaultValue = "per-batch",
            description = "mini-batch regulariser: per-batch (lambda on every batch, Keras add_loss; lambda_eff = lambda ceil(n / b)) "
                    + "or scaled (lambda b / n per batch; lambda_eff = lambda). Default ${DEFAULT-VALUE}")
    String batchRegularization;

    @Option(names = "--learning-rate", defaultValue = "0.05", description = "Adam's alpha (default ${DEFAULT-VALUE})")
    double learningRate;

    @Option(names = "--init-sigma", description = "stddev of the N(0, sigma^2) initialisation (default: each setting's own: "
            + "0.05, and 1 for the k = 9 Fashion-MNIST cell under keras-decay)")
    Double initSigma;

    @Mixin ConsoleOutput console;

    /** The seed of the artificial data and the first Adam seed of the committed reports. */
    @Override
    public long defaultSeed() {
        return 0;
    }

    @Override
    public Integer call() {
        if (epochs != null && (epochs < 1 || epochs > 10_000_000)) {
            throw InputException.field("command line", "--epochs", epochs, "1 .. 10^7");
        }
        if (seeds < 3 || seeds > 100) {
            throw InputException.field("command line", "--seeds", seeds, "3 .. 100 (training verdicts need at least 3 seeds)");
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw InputException.field("command line", "--learning-rate", learningRate, "(0, inf)");
        }
        if (initSigma != null && (!(initSigma > 0) || Double.isInfinite(initSigma))) {
            throw InputException.field("command line", "--init-sigma", initSigma, "(0, inf)");
        }
        BatchRegularization reg = BatchRegularization.parse(batchRegularization);
        List<Schedule.Kind> kinds = schedule.trim().equalsIgnoreCase("both")
                ? List.of(Schedule.Kind.KERAS_DECAY, Schedule.Kind.CONSTANT) : List.of(Schedule.Kind.parse(schedule));
        List<String> experiments = switch (experiment.toLowerCase(Locale.ROOT)) {
            case "all" -> List.of("artificial", "fashion-mnist", "cifar10");
            case "artificial", "fashion-mnist", "cifar10" -> List.of(experiment.toLowerCase(Locale.ROOT));
            case "fashion" -> List.of("fashion-mnist");
            case "cifar-10" -> List.of("cifar10");
            default -> throw InputException.field("command line", "--experiment", experiment, "artificial, fashion-mnist, cifar10, all");
        };
        if (data != null && experiments.size() > 1) {
            throw InputException.field("command line", "--data", data, "only with one --experiment (fashion-mnist or cifar10)");
        }
        Path dir = out.writable();
        Progress progress = console.progress();
        long t0 = System.nanoTime();
        for (String e : experiments) {
            TrainOptions o = new TrainOptions(seed.value(), seeds, epochs, data, reg, kinds, learningRate, initSigma, progress,
                    commandLine(e, reg));
            ReportDocument d = switch (e) {
                case "artificial" -> ArtificialExperiment.run(o);
                case "fashion-mnist" -> ImageExperiment.fashionMnist(o);
                default -> ImageExperiment.cifar10(o);
            };
            ReportWriter.Written w = ReportWriter.write(d, dir);
            System.out.println("wrote " + w.markdown() + ", " + w.json() + (d.figures().isEmpty() ? "" : ", " + d.figures().size() + " figures"));
            for (ClaimResult c : d.results()) {
                System.out.println("  " + c.claim() + " " + c.loss() + " [" + c.reading() + "]: " + c.verdictWithStrength());
            }
        }
        System.out.println("total " + Numbers.fixed((System.nanoTime() - t0) / 1e9, 1) + " s");
        return 0;
    }

    private String commandLine(String e, BatchRegularization reg) {
        StringBuilder sb = new StringBuilder("./lae train --experiment ").append(e);
        if (!schedule.equalsIgnoreCase("both")) {
            sb.append(" --schedule ").append(schedule);
        }
        if (seeds != 3) {
            sb.append(" --seeds ").append(seeds);
        }
        if (data != null) {
            sb.append(" --data ").append(data);
        }
        if (epochs != null) {
            sb.append(" --epochs ").append(epochs);
        }
        if (seed.value() != 0) {
            sb.append(" --seed ").append(seed.value());
        }
        if (reg != BatchRegularization.PER_BATCH) {
            sb.append(" --batch-regularization ").append(reg.cliName());
        }
        if (learningRate != Adam.DEFAULT_LEARNING_RATE) {
            sb.append(" --learning-rate ").append(learningRate);
        }
        if (initSigma != null) {
            sb.append(" --init-sigma ").append(initSigma);
        }
        return sb.toString();
    }
}
