package lae.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import lae.core.ClaimResult;
import lae.core.InputException;
import lae.core.Numbers;
import lae.core.Progress;
import lae.explore.ExploreAnalysis;
import lae.explore.ExploreAnalysis.WeightSummary;
import lae.explore.ExploreReport;
import lae.explore.SyntheticCensusReport;
import lae.explore.SyntheticCensusRun;
import lae.explore.SyntheticExplorer;
import lae.report.AtomicFiles;
import lae.report.ReportDocument;
import lae.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lae explore synthetic | synthetic-census}: the synthetic loss's critical set (issues 5 and 12). */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = {"Explores the critical set of the synthetic loss L~ = w_sigma L_sigma + (1 - w_sigma) L_pi and writes "
                + "OUT/explore/<what>.md and .json (with PNG figures).",
            "synthetic: Newton census over w_sigma in {1, 0.5, 0.05, 0.005, 0.0005, 0}, a lambda grid and several data sets "
                + "(Section 4.2 among them), with Adam beside it; verdicts on C28, C29, C30 (sampled).",
            "synthetic-census: every predicted component of the synthetic Table 1 at Section 4.2's scale (m=20, n=30, k=8, "
                + "lambda=10) for each w_sigma > 0 of the grid, gradient and inertia against the closed-form index and nullity "
                + "(exhaustive), and the explorer's Newton points tested against the prediction (sampled); verdicts on C30."},
        footer = {"", "Examples:", "  ./lae explore synthetic --grid small --out /tmp/e",
            "  ./lae explore synthetic-census --newton-starts 6 --out /tmp/e"})
public final class ExploreCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "what to explore: synthetic or synthetic-census")
    String what;

    @Option(names = "--grid", defaultValue = "full", description = "synthetic: full or small (default ${DEFAULT-VALUE})")
    String grid;

    @Option(names = "--seed", defaultValue = "1", description = "seed of data, starts and Adam (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--newton-starts", defaultValue = "24",
            description = "synthetic-census: Newton starts per w_sigma, 0 for none (default ${DEFAULT-VALUE})")
    int newtonStarts;

    @Option(names = "--dense-sample", defaultValue = "4",
            description = "synthetic-census: components per w_sigma also classified densely (default ${DEFAULT-VALUE})")
    int denseSample;

    @Option(names = "--out", defaultValue = "reports",
            description = "reports root; the report is OUT/explore/<what>.md (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--no-progress", description = "no progress bar")
    boolean noProgress;

    @Override
    public Integer call() {
        if (!"synthetic".equals(what) && !"synthetic-census".equals(what)) {
            throw InputException.field("command line", "WHAT", what, "synthetic, synthetic-census");
        }
        if (!"full".equals(grid) && !"small".equals(grid)) {
            throw InputException.field("command line", "--grid", grid, "full, small");
        }
        if (newtonStarts < 0 || newtonStarts > 10_000) {
            throw InputException.field("command line", "--newton-starts", String.valueOf(newtonStarts), "0..10000");
        }
        if (denseSample < 0 || denseSample > 100) {
            throw InputException.field("command line", "--dense-sample", String.valueOf(denseSample), "0..100");
        }
        AtomicFiles.requireWritableDirectory(out, "--out");
        ReportDocument doc;
        if ("synthetic".equals(what)) {
            String cmd = "./lae explore synthetic --grid " + grid + " --seed " + seed + " --out " + out;
            SyntheticExplorer.Result r = run(grid, seed, noProgress);
            doc = ExploreReport.document(r, cmd);
            printSummary(r);
        } else {
            String cmd = "./lae explore synthetic-census --seed " + seed + " --newton-starts " + newtonStarts + " --dense-sample "
                    + denseSample + " --out " + out;
            SyntheticCensusRun.Result r = SyntheticCensusRun.run(SyntheticCensusRun.Config.section42(seed, newtonStarts, denseSample),
                    progress(noProgress));
            doc = SyntheticCensusReport.document(r, cmd);
            for (SyntheticCensusRun.WeightResult w : r.weights()) {
                System.out.println(Numbers.format("w_sigma %-7s %7d components, index = formula %7d, nullity = formula %7d, "
                        + "undecided %d, %.2f s", Numbers.general(w.census().wSigma()), w.census().components(),
                        w.census().indexAgree(), w.census().nullityAgree(), w.census().undecided(), w.census().seconds())
                        + (w.newton() == null ? "" : Numbers.format("; Newton %d/%d inside", w.newton().inside(), w.newton().converged())));
            }
        }
        ReportWriter.Written w = ReportWriter.write(doc, out);
        System.out.println("wrote " + w.markdown() + ", " + w.json() + ", " + doc.figures().size() + " figure(s)");
        for (ClaimResult c : doc.results()) {
            System.out.println("  " + c.claim() + " " + c.loss() + " (" + c.reading() + "): " + c.verdictWithStrength());
        }
        return 0;
    }

    /** Phases as lines on standard error (none when quiet); counted phases are not shown line by line. */
    static Progress progress(boolean quiet) {
        if (quiet) {
            return Progress.NONE;
        }
        return new Progress() {
            @Override
            public void phase(String message) {
                System.err.println(message);
            }

            @Override
            public void start(String task, long total) {
                System.err.println(task);
            }

            @Override
            public void step(long n) {
            }

            @Override
            public void done() {
            }
        };
    }

    static SyntheticExplorer.Result run(String grid, long seed, boolean quiet) {
        return new SyntheticExplorer(SyntheticExplorer.grid(grid, seed), SyntheticExplorer.defaultCandidates(),
                progress(quiet)).run();
    }

    static void printSummary(SyntheticExplorer.Result r) {
        System.out.println(Numbers.format("grid %s: Newton census %.1f s, Adam %.1f s", r.grid().name(), r.secondsCensus(),
                r.secondsAdam()));
        System.out.println(Numbers.format("%-8s %8s %10s %12s %10s %14s", "w_sigma", "starts", "converged", "max asym",
                "W1=W2^T", "asym. crit."));
        for (WeightSummary s : ExploreAnalysis.summaries(r).values()) {
            System.out.println(Numbers.format("%-8s %8d %9.1f%% %12.2g %10s %14d", ExploreAnalysis.fmt(s.wSigma()), s.starts(),
                    100 * s.convergedFraction(), s.maxAsymmetry(), s.transposeEverywhere() ? "yes" : "no",
                    s.probeAsymmetricCritical()));
        }
    }
}
