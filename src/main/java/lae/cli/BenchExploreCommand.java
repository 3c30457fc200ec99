package lae.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import lae.explore.ExploreAnalysis;
import lae.explore.SyntheticExplorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lae bench explore}: time and convergence fraction of the explorer's grid, beside their targets. */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = {"Times the synthetic-loss explorer's grid and prints the fraction of Newton starts that converged.",
            "Measured: wall time of the Newton census and Adam runs of the grid, and converged starts / all starts, without writing a report.",
            "Targets: full grid under 600 s on 2 cores; at least 90%% of the starts converged.",
            "Example: ./lae bench explore --grid small"})
public final class BenchExploreCommand implements Callable<Integer> {
    static final double TARGET_SECONDS = 600;
    static final double TARGET_FRACTION = 0.9;

    @Option(names = "--grid", defaultValue = "full", description = "full or small (default ${DEFAULT-VALUE})")
    String grid;

    @Option(names = "--seed", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
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
        System.out.printf(Locale.ROOT, "total wall %.1f s on %d cores (target < %.0f s: %s); converged %d/%d = %.1f%% "
                        + "(target >= %.0f%%: %s)%n", wall, Runtime.getRuntime().availableProcessors(), TARGET_SECONDS,
                wall < TARGET_SECONDS ? "met" : "MISSED", conv, starts, 100 * frac, 100 * TARGET_FRACTION,
                frac >= TARGET_FRACTION ? "met" : "MISSED");
        return 0;
    }
}
