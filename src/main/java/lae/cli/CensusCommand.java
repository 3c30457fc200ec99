package lae.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import lae.census.Census;
import lae.census.CensusReport;
import lae.census.CensusRun;
import lae.census.DenseCrossCheck;
import lae.census.FashionCensus;
import lae.census.FashionCensusReport;
import lae.check.ValidatedClaimFile;
import lae.config.ClaimFile;
import lae.core.InputException;
import lae.core.Numbers;
import lae.model.LossKind;
import lae.report.ReportWriter;

/** {@code lae census CONFIG}: every Table-1 component of every loss, classified from the Hessian's blocks. */
@Command(name = "census", mixinStandardHelpOptions = true)
@DefaultSeed(7)
public final class CensusCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "CONFIG", description = "a claim file (TOML), e.g. checks/section-4.2.toml")
    Path file;

    @Option(names = "--losses", description = "comma-separated subset of L, L_pi, L_sigma (default: the claim file's)")
    String losses;

    @Option(names = "--sample", description = "dense cross-check sample per loss (default: 1000; with --fashion-mnist: block-inertia sample, default 200)")
    Integer sample;

    @Option(names = "--threads", description = "worker threads (default: available processors)")
    Integer threads;

    @Mixin FashionCensusOptions fashion;
    @Mixin SeedOption seed;
    @Mixin OutputOption out;
    @Mixin ConsoleOutput console;
    @Mixin ForceOption force;

    /** Validates the claim file (or the Fashion-MNIST options), runs the census and writes its report. */
    @Override
    public Integer call() {
        if (fashion.on()) {
            return fashion();
        }
        if (file == null) {
            throw new InputException("census: missing CONFIG (allowed: a claim file, e.g. checks/section-4.2.toml, or --fashion-mnist)");
        }
        ClaimFile cf = ClaimFile.load(file);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            throw new InputException("--threads = " + t + " is not allowed (allowed: an integer >= 1)");
        }
        List<LossKind> ls = CensusRun.parseLosses(losses, cf);
        ValidatedClaimFile.forCensus(cf, ls, sample == null ? 1000 : sample, force.on(), console::warn);
        Path dir = out.writable();
        CensusRun run = CensusRun.run(cf, ls, sample == null ? 1000 : sample, seed.value(), t, console.progress());
        ReportWriter.Written w = ReportWriter.write(CensusReport.document(run), dir);
        System.out.println(summary(run) + "\n  -> " + w.markdown() + ", " + w.json().getFileName() + ", " + cf.reportStem() + ".png");
        return 0;
    }

    private Integer fashion() {
        int n = sample == null ? 200 : sample;
        if (n < 0) {
            throw new InputException("--sample = " + n + " is not allowed (allowed: an integer >= 0)");
        }
        List<LossKind> ls = losses == null ? List.of(LossKind.L, LossKind.L_PI, LossKind.L_SIGMA)
                : java.util.Arrays.stream(losses.split(",")).map(x -> {
                    try {
                        return LossKind.parse(x);
                    } catch (IllegalArgumentException e) {
                        throw new InputException("--losses: '" + x.trim() + "' is not allowed (allowed: L, L_pi, L_sigma)");
                    }
                }).toList();
        Path dir = out.writable();
        long t0 = System.nanoTime();
        lae.model.DataMatrix d = FashionCensus.load(fashion.data());
        double secData = (System.nanoTime() - t0) / 1e9;
        FashionCensus.Result fc = FashionCensus.run(fashion.config(ls, n, seed.value()), d, secData);
        ReportWriter.Written w = ReportWriter.write(FashionCensusReport.document(fc, fashion.commandLine(n, seed.value())), dir);
        System.out.println(Numbers.format("census fashion-mnist: m = %d, k = 9, lambda = 8, m0 = %d; every component counted exactly:", d.m(), d.m0(8.0)));
        for (FashionCensus.ClosedForm c : fc.exact()) {
            System.out.println(Numbers.format("  %-8s universe %s = %d: %s components, %s of index 0 (printed formula: %s), %d distinct indices (%.3f s)",
                    c.kind().label(), c.universeName(), c.universe(), c.census().components(), c.census().minima(), c.printedMinima(),
                    c.histogram().size(), c.seconds()));
        }
        System.out.println(Numbers.format("  block inertia of %d sampled components (%.2f s), %d Lanczos checks (%.1f s, all ok: %s) -> %s",
                fc.rows().size(), fc.secondsBlocks(), fc.lanczos().size(), fc.secondsLanczos(),
                fc.lanczos().stream().allMatch(FashionCensus.LanczosRow::ok), w.markdown()));
        return 0;
    }

    private static String summary(CensusRun run) {
        StringBuilder b = new StringBuilder();
        b.append(Numbers.format("census %s: %d components in %.2f s (%.0f components/s, %d threads); dense sample %.1f s%n",
                run.file().reportStem(), run.totalComponents(), run.timings().get("census"),
                run.totalComponents() / Math.max(1e-9, run.timings().get("census")), run.threads(), run.timings().get("dense_cross_check")));
        for (CensusRun.Part p : run.parts()) {
            Census c = p.census();
            DenseCrossCheck d = p.dense();
            b.append(Numbers.format("  %-8s %7d components %6.2f s (%.0f/s), undecided %d, max |grad| %.1e; dense %d: %d agree, %d undecided, %d disagree (raw: %d/%d/%d; final at balanced %d, identity %d)%n",
                    p.kind().label(), c.size(), c.seconds(), c.size() / Math.max(1e-9, c.seconds()), c.undecidedCount(), c.maxGradient(), d.rows().size(),
                    d.count(DenseCrossCheck.Status.AGREE), d.count(DenseCrossCheck.Status.UNDECIDED), d.count(DenseCrossCheck.Status.DISAGREE),
                    d.countRaw(DenseCrossCheck.Status.AGREE), d.countRaw(DenseCrossCheck.Status.UNDECIDED), d.countRaw(DenseCrossCheck.Status.DISAGREE),
                    d.countMethod("balanced"), d.countMethod("identity")));
            for (Census.FormulaCheck fc : p.checks()) {
                b.append(Numbers.format("           %s %-9s %-7s %-26s %-12s %d agree, %d disagree, %d undecided%n", fc.claim(), fc.role(), fc.quantity(),
                        fc.formula().source(), fc.verdict(), fc.agree(), fc.disagreements().size(), fc.undecided()));
            }
        }
        return b.toString().stripTrailing();
    }
}
