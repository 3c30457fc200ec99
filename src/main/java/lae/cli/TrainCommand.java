package lae.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import lae.core.ClaimResult;
import lae.core.InputException;
import lae.train.Adam;
import lae.train.ArtificialExperiment;
import lae.train.BatchRegularization;
import lae.train.ExperimentOutput;
import lae.train.ImageExperiment;
import lae.train.TrainOptions;
import lae.train.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lae train --experiment artificial|fashion-mnist|cifar10}: the experiments of Section 4. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains linear autoencoders with Adam as in Section 4 and writes a report "
                + "(OUT/<experiment>.md, .json and PNG figures) with verdicts for C25-C29.",
            "artificial: Section 4.2 (Figures 3 and 4, C27-C29); fashion-mnist: Figure 1 (C25); "
                + "cifar10: Figure 2 (C26, needs --data test_batch.bin)."})
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--experiment", required = true, description = "artificial, fashion-mnist or cifar10")
    String experiment;

    @Option(names = "--data", description = "fashion-mnist: directory with t10k-images-idx3-ubyte[.gz] and "
            + "t10k-labels-idx1-ubyte[.gz] (default /usr/share/datasets/fashion-mnist); cifar10: the test_batch.bin file")
    Path data;

    @Option(names = "--epochs", description = "epochs of the main runs (default: the paper's 4000 / 200 / 400)")
    Integer epochs;

    @Option(names = "--long-epochs", description = "artificial: epochs of the continued Figure 4 runs (default 40000)")
    Integer longEpochs;

    @Option(names = "--seed", defaultValue = "0", description = "seed of data, initialisation and shuffling (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", defaultValue = "reports/train", description = "output directory (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--batch-regularization", defaultValue = "per-batch",
            description = "mini-batch regulariser: per-batch (lambda on every batch, Keras; lambda_eff = lambda n / b) "
                    + "or scaled (lambda b / n per batch; lambda_eff = lambda). Default ${DEFAULT-VALUE}")
    String batchRegularization;

    @Option(names = "--bias", description = "train bias terms b1, b2 (default: none; the data are centred)")
    boolean bias;

    @Option(names = "--learning-rate", defaultValue = "0.05", description = "Adam's alpha (default ${DEFAULT-VALUE})")
    double learningRate;

    @Option(names = "--init-sigma", defaultValue = "0.05", description = "sigma of the N(0, sigma^2) initialisation (default ${DEFAULT-VALUE})")
    double initSigma;

    @Option(names = "--no-progress", description = "no progress bar")
    boolean noProgress;

    @Override
    public Integer call() {
        if (epochs != null && epochs < 1) {
            throw InputException.field("command line", "--epochs", epochs, "1 .. 10^7");
        }
        if (longEpochs != null && longEpochs < 1) {
            throw InputException.field("command line", "--long-epochs", longEpochs, "1 .. 10^7");
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw InputException.field("command line", "--learning-rate", learningRate, "(0, inf)");
        }
        if (!(initSigma > 0) || Double.isInfinite(initSigma)) {
            throw InputException.field("command line", "--init-sigma", initSigma, "(0, inf)");
        }
        BatchRegularization reg = BatchRegularization.parse(batchRegularization);
        lae.report.AtomicFiles.requireWritableDirectory(out, "--out");
        String cmd = commandLine(reg);
        TrainOptions o = new TrainOptions(out, seed, epochs, longEpochs, data, reg, bias, learningRate, initSigma,
                !noProgress, cmd);
        ExperimentOutput r;
        switch (experiment.toLowerCase(Locale.ROOT)) {
            case "artificial": r = ArtificialExperiment.run(o); break;
            case "fashion-mnist": case "fashion": r = ImageExperiment.fashionMnist(o); break;
            case "cifar10": case "cifar-10": r = ImageExperiment.cifar10(o); break;
            default: throw InputException.field("command line", "--experiment", experiment, "artificial, fashion-mnist, cifar10");
        }
        System.out.println("wrote " + r.markdown() + ", " + r.json() + (r.figures().isEmpty() ? "" : ", " + r.figures().size() + " figures"));
        for (ClaimResult c : r.results()) {
            System.out.println("  " + c.claim() + " " + c.loss() + ": " + c.verdict());
        }
        return 0;
    }

    private String commandLine(BatchRegularization reg) {
        StringBuilder sb = new StringBuilder("./lae train --experiment ").append(experiment);
        if (data != null) {
            sb.append(" --data ").append(data);
        }
        if (epochs != null) {
            sb.append(" --epochs ").append(epochs);
        }
        if (longEpochs != null) {
            sb.append(" --long-epochs ").append(longEpochs);
        }
        sb.append(" --seed ").append(seed).append(" --out ").append(out);
        if (reg != BatchRegularization.PER_BATCH) {
            sb.append(" --batch-regularization ").append(reg.cliName());
        }
        if (bias) {
            sb.append(" --bias");
        }
        if (learningRate != Adam.DEFAULT_LEARNING_RATE) {
            sb.append(" --learning-rate ").append(learningRate);
        }
        if (initSigma != TrainingConfig.DEFAULT_INIT_SIGMA) {
            sb.append(" --init-sigma ").append(initSigma);
        }
        return sb.toString();
    }
}
