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
import lae.train.ArtificialExperiment;
import lae.train.BatchRegularization;
import lae.train.ImageExperiment;
import lae.numeric.Schedule;
import lae.train.TrainOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lae train [--experiment artificial|fashion-mnist|cifar10|all]}: the experiments of Section 4. */
@Command(name = "train", mixinStandardHelpOptions = true)
@DefaultSeed(0)
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--experiment", defaultValue = "all", description = "artificial, fashion-mnist, cifar10 or all (default ${DEFAULT-VALUE})")
    String experiment;

    @Option(names = "--seeds", defaultValue = "3", description = "Adam seeds per training verdict, 3 .. 100 (default ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--data", description = "fashion-mnist: directory with t10k-images-idx3-ubyte[.gz] and "
            + "t10k-labels-idx1-ubyte[.gz] (default /usr/share/datasets/fashion-mnist); cifar10: test_batch.bin or its directory")
    Path data;

    @Option(names = "--epochs", description = "epochs of every run (default: the paper's 4000 / 200 / 400)")
    Integer epochs;

    @Mixin SeedOption seed;
    @Mixin OutputOption out;
    @Mixin AdamOptions adam;
    @Mixin ConsoleOutput console;

    @Override
    public Integer call() {
        if (epochs != null && (epochs < 1 || epochs > 10_000_000)) {
            throw InputException.field("command line", "--epochs", epochs, "1 .. 10^7");
        }
        if (seeds < 3 || seeds > 100) {
            throw InputException.field("command line", "--seeds", seeds, "3 .. 100 (training verdicts need at least 3 seeds)");
        }
        adam.check();
        BatchRegularization reg = adam.regularization();
        List<Schedule.Kind> kinds = adam.schedules();
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
            TrainOptions o = new TrainOptions(seed.value(), seeds, epochs, data, reg, kinds, adam.learningRate(), adam.initSigma(), progress,
                    commandLine(e));
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

    /** The command line that reproduces experiment {@code e}: the options that differ from their defaults, the optimiser's last. */
    private String commandLine(String e) {
        StringBuilder sb = new StringBuilder("./lae train --experiment ").append(e);
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
        adam.appendTo(sb);
        return sb.toString();
    }
}
