package lae.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import lae.census.Census;
import lae.census.CensusReport;
import lae.census.CensusRun;
import lae.census.DenseCrossCheck;
import lae.check.ClaimFile;
import lae.check.InputValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lae census CONFIG}: every Table-1 component of every loss, classified from the Hessian's blocks. */
@Command(name = "census", mixinStandardHelpOptions = true,
        description = {"Exhaustive census of every Table-1 component of every loss, classified from the Hessian's exact blocks.",
            "For each loss, every I with |I| <= k (within {1..m0} for L_sigma): its gradient, its Hessian inertia from the exact block",
            "structure, the printed and corrected index/nullity formulas against it, and a seeded dense cross-check (original",
            "coordinates, random representative, EJML + Hipparchus).",
            "Writes reports/census/NAME.md, .json and .png (index histogram). Details: docs/census.md.",
            "Example: ./lae census checks/section-4.2.toml"})
public final class CensusCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "CONFIG", description = "a claim file (TOML), e.g. checks/section-4.2.toml")
    Path file;

    @Option(names = "--fashion-mnist", description = "instead of CONFIG: the sampled census on the Fashion-MNIST test-set spectrum (m = 784, k = 9, lambda = 8)")
    boolean fashion;

    @Option(names = "--data", description = "Fashion-MNIST directory (default: /usr/share/datasets/fashion-mnist)")
    Path data;

    @Option(names = "--lanczos", defaultValue = "1", description = "with --fashion-mnist: components per loss cross-checked matrix-free (default: ${DEFAULT-VALUE})")
    int lanczos;

    @Option(names = "--lanczos-iterations", defaultValue = "30", description = "with --fashion-mnist: Lanczos steps (default: ${DEFAULT-VALUE})")
    int lanczosIterations;

    @Option(names = "--losses", description = "comma-separated subset of L, L_pi, L_sigma (default: the claim file's)")
    String losses;

    @Option(names = "--sample", defaultValue = "1000", description = "dense cross-check sample per loss (default: ${DEFAULT-VALUE})")
    int sample;

    @Option(names = "--seed", defaultValue = "7", description = "seed of the dense sample and its representatives (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", description = "worker threads (default: available processors)")
    Integer threads;

    @Option(names = "--out", defaultValue = "reports/census", description = "output directory (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "no progress bars")
    boolean quiet;

    @Option(names = "--force", description = "run even when the number of components makes the estimated time exceed the limit (by default refused with the estimate)")
    boolean force;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Warnings (one line each) on the command's error stream. */
    private java.util.function.Consumer<String> warnings() {
        return line -> {
            spec.commandLine().getErr().println(line);
            spec.commandLine().getErr().flush();
        };
    }

    @Override
    public Integer call() {
        if (fashion) {
            return fashion();
        }
        if (file == null) {
            throw new lae.core.InputException("census: missing CONFIG (allowed: a claim file, e.g. checks/section-4.2.toml, or --fashion-mnist)");
        }
        ClaimFile cf = ClaimFile.load(file);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            throw new lae.core.InputException("--threads = " + t + " is not allowed (allowed: an integer >= 1)");
        }
        java.util.List<lae.model.LossKind> kinds = CensusRun.parseLosses(losses, cf);
        InputValidation.prepareCensus(cf, kinds, sample, force, warnings());
        lae.report.AtomicFiles.requireWritableDirectory(out, "--out");
        CensusRun run = CensusRun.run(cf, kinds, sample, seed, t, new ConsoleProgress(quiet));
        Path[] written = CensusReport.write(run, out);
        System.out.println(summary(run) + "\n  -> " + written[0] + ", " + written[1].getFileName() + ", " + written[2].getFileName());
        return 0;
    }

    private Integer fashion() {
        int n = sample == 1000 ? 200 : sample;
        long t0 = System.nanoTime();
        lae.report.AtomicFiles.requireWritableDirectory(out, "--out");
        lae.model.DataMatrix d = lae.census.FashionCensus.load(data == null ? lae.census.FashionCensus.DEFAULT_DIR : data);
        double secData = (System.nanoTime() - t0) / 1e9;
        java.util.List<lae.model.LossKind> ls = losses == null ? java.util.List.of(lae.model.LossKind.L, lae.model.LossKind.L_PI, lae.model.LossKind.L_SIGMA)
                : java.util.Arrays.stream(losses.split(",")).map(x -> {
                    try {
                        return lae.model.LossKind.parse(x);
                    } catch (IllegalArgumentException e) {
                        throw new lae.core.InputException("--losses: '" + x.trim() + "' is not allowed (allowed: L, L_pi, L_sigma)");
                    }
                }).toList();
        lae.census.FashionCensus fc = lae.census.FashionCensus.run(d, 9, 8.0, ls, n, seed, lanczos, lanczosIterations);
        fc.secondsData = secData;
        String cmd = "./lae census --fashion-mnist --sample " + n + " --seed " + seed + " --lanczos " + lanczos + " --lanczos-iterations " + lanczosIterations;
        fc.write(out, cmd, d, 9, 8.0, seed);
        System.out.printf(Locale.ROOT, "census fashion-mnist: %d components (blocks %.2f s), %d Lanczos checks (%.1f s, all ok: %s) -> %s%n",
                fc.rows.size(), fc.secondsBlocks, fc.lanczos.size(), fc.secondsLanczos,
                fc.lanczos.stream().allMatch(lae.census.FashionCensus.LanczosRow::ok), out.resolve("fashion-mnist.md"));
        return 0;
    }

    static String summary(CensusRun run) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "census %s: %d components in %.2f s (%.0f components/s, %d threads); dense sample %.1f s%n",
                run.file.reportStem(), run.totalComponents(), run.timings.get("census"),
                run.totalComponents() / Math.max(1e-9, run.timings.get("census")), run.threads, run.timings.get("dense_cross_check")));
        for (CensusRun.Part p : run.parts) {
            Census c = p.census();
            DenseCrossCheck d = p.dense();
            b.append(String.format(Locale.ROOT, "  %-8s %7d components %6.2f s (%.0f/s), undecided %d, max |grad| %.1e; dense %d: %d agree, %d undecided, %d disagree (raw: %d/%d/%d; EJML only: %d)%n",
                    p.kind().label(), c.size(), c.seconds, c.size() / Math.max(1e-9, c.seconds), c.undecidedCount(), c.maxGradient(), d.rows.size(),
                    d.count(DenseCrossCheck.Status.AGREE), d.count(DenseCrossCheck.Status.UNDECIDED), d.count(DenseCrossCheck.Status.DISAGREE),
                    d.countRaw(DenseCrossCheck.Status.AGREE), d.countRaw(DenseCrossCheck.Status.UNDECIDED), d.countRaw(DenseCrossCheck.Status.DISAGREE),
                    d.solverFailures));
            for (Census.FormulaCheck fc : c.checks) {
                b.append(String.format(Locale.ROOT, "           %s %-9s %-7s %-26s %-12s %d agree, %d disagree, %d undecided%n", fc.claim, fc.role, fc.quantity,
                        fc.formula.source(), fc.verdict(), fc.agree, fc.disagreements.size(), fc.undecided));
            }
        }
        return b.toString().stripTrailing();
    }
}
