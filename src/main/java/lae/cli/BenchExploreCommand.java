package lae.cli;

import java.util.concurrent.Callable;

import lae.core.Numbers;
import lae.core.Progress;
import lae.explore.ExploreAnalysis;
import lae.explore.SyntheticCensusRun;
import lae.explore.SyntheticExplorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lae bench explore}: time and convergence fraction of the explorer's grid, or the synthetic census's time. */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = {"Times the synthetic-loss explorer's grid and prints the fraction of Newton starts that converged.",
            "Measured: wall time of the Newton census and Adam runs of the grid, and converged starts / all starts, without writing a report.",
            "Targets: full grid under 600 s on 2 cores; at least 90%% of the starts converged.",
            "With --census: times the exhaustive synthetic census of Section 4.2 (every predicted component at the five "
                + "weights, no Newton search) against its target (under 120 s on 2 cores).",
            "Example: ./lae bench explore --grid small"})
public final class BenchExploreCommand implements Callable<Integer> {
    static final double TARGET_SECONDS = 600;
    static final double TARGET_FRACTION = 0.9;
    static final double TARGET_CENSUS_SECONDS = 120;

    @Option(names = "--census", description = "time the synthetic census instead of the explorer's grid")
    boolean census;

    @Option(names = "--grid", defaultValue = "full", description = "full or small (default ${DEFAULT-VALUE})")
    String grid;

    @Option(names = "--seed", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        if (census) {
            SyntheticCensusRun.Result r = SyntheticCensusRun.run(SyntheticCensusRun.Config.section42(seed, 0, 0), Progress.NONE);
            long comps = 0;
            for (SyntheticCensusRun.WeightResult w : r.weights()) {
                comps += w.census().components();
                System.out.println(Numbers.format("w_sigma %-7s %7d components in %6.2f s (%.0f components/s)",
                        Numbers.general(w.census().wSigma()), w.census().components(), w.census().seconds(),
                        w.census().components() / w.census().seconds()));
            }
            System.out.println(Numbers.format("synthetic census: %d components in %.1f s on %d cores (target < %.0f s: %s)", comps,
                    r.seconds(), Runtime.getRuntime().availableProcessors(), TARGET_CENSUS_SECONDS,
                    r.seconds() < TARGET_CENSUS_SECONDS ? "met" : "MISSED"));
            return 0;
        }
        long t0 = System.nanoTime();
        SyntheticExplorer.Result r = ExploreCommand.run(grid, seed, false);
        double wall = (System.nanoTime() - t0) / 1e9;
        ExploreCommand.printSummary(r);
        int starts = 0;
        int conv = 0;
        for (var s : ExploreAnalysis.summaries(r).values()) {
            starts += s.starts();
            conv += s.converged();
        }
        double frac = starts == 0 ? Double.NaN : (double) conv / starts;
        System.out.println(Numbers.format("total wall %.1f s on %d cores (target < %.0f s: %s); converged %d/%d = %.1f%% "
                        + "(target >= %.0f%%: %s)", wall, Runtime.getRuntime().availableProcessors(), TARGET_SECONDS,
                wall < TARGET_SECONDS ? "met" : "MISSED", conv, starts, 100 * frac, 100 * TARGET_FRACTION,
                frac >= TARGET_FRACTION ? "met" : "MISSED"));
        return 0;
    }
}
