package lae.cli;

import lae.core.Numbers;
import lae.explore.ExploreAnalysis;
import lae.explore.ExploreAnalysis.WeightSummary;
import lae.explore.SyntheticExplorer;

/** The console table of an explorer run: per w_sigma, starts, convergence, asymmetry and the transpose property. */
final class ExplorerTable {
    private ExplorerTable() {
    }

    /** Prints the run's times and one line per w_sigma on standard output. */
    static void print(SyntheticExplorer.Result r) {
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
