package lae.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import lae.core.ClaimResult;
import lae.core.InputException;
import lae.explore.ExploreAnalysis;
import lae.explore.ExploreAnalysis.WeightSummary;
import lae.explore.ExploreReport;
import lae.explore.SyntheticExplorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lae explore synthetic}: the census of critical points of the synthetic loss. */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = {"Explores the critical set of a loss and writes OUT/<what>.md, .json and PNG figures.",
            "synthetic: Newton census of L~ = w_sigma L_sigma + (1 - w_sigma) L_pi over w_sigma in {1, 0.5, 0.05, 0.005, "
                + "0.0005, 0}, a lambda grid and several data sets (Section 4.2 among them), with Adam beside it; "
                + "verdicts on C28, C29, C30."})
public final class ExploreCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "what to explore: synthetic")
    String what;

    @Option(names = "--grid", defaultValue = "full", description = "full or small (default ${DEFAULT-VALUE})")
    String grid;

    @Option(names = "--seed", defaultValue = "1", description = "seed of data, starts and Adam (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", defaultValue = "reports/explore", description = "output directory (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--no-progress", description = "no progress bar")
    boolean noProgress;

    @Override
    public Integer call() {
        if (!"synthetic".equals(what)) {
            throw InputException.field("command line", "WHAT", what, "synthetic");
        }
        if (!"full".equals(grid) && !"small".equals(grid)) {
            throw InputException.field("command line", "--grid", grid, "full, small");
        }
        lae.report.AtomicFiles.requireWritableDirectory(out, "--out");
        String cmd = "./lae explore synthetic --grid " + grid + " --seed " + seed + " --out " + out;
        SyntheticExplorer.Result r = run(grid, seed, noProgress);
        ExploreReport.Written w = ExploreReport.write(r, out, cmd);
        System.out.printf(Locale.ROOT, "wrote %s, %s, %d figures%n", w.markdown(), w.json(), w.figures().size());
        printSummary(r);
        for (ClaimResult c : w.results()) {
            System.out.println("  " + c.claim() + " " + c.loss() + ": " + c.verdict());
        }
        return 0;
    }

    static SyntheticExplorer.Result run(String grid, long seed, boolean quiet) {
        return new SyntheticExplorer(SyntheticExplorer.grid(grid, seed), SyntheticExplorer.defaultCandidates(),
                new ConsoleProgress(quiet)).run();
    }

    static void printSummary(SyntheticExplorer.Result r) {
        System.out.printf(Locale.ROOT, "grid %s: Newton census %.1f s, Adam %.1f s%n", r.grid().name(), r.secondsCensus(),
                r.secondsAdam());
        System.out.printf(Locale.ROOT, "%-8s %8s %10s %12s %10s %14s%n", "w_sigma", "starts", "converged", "max asym",
                "W1=W2^T", "asym. crit.");
        for (WeightSummary s : ExploreAnalysis.summaries(r).values()) {
            System.out.printf(Locale.ROOT, "%-8s %8d %9.1f%% %12.2g %10s %14d%n", ExploreAnalysis.fmt(s.wSigma()), s.starts(),
                    100 * s.convergedFraction(), s.maxAsymmetry(), s.transposeEverywhere() ? "yes" : "no",
                    s.probeAsymmetricCritical());
        }
    }
}
