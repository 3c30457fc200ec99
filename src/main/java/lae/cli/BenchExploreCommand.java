package lae.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import lae.explore.ExploreAnalysis;
import lae.explore.SyntheticExplorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lae bench explore}: time and convergence fraction of the explorer's grid (issue 5 targets). */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = "Runs the synthetic-loss explorer's grid without writing a report and prints its time and the fraction "
                + "of Newton starts that converged (targets of issue 5: full grid under 600 s on 2 cores, >= 90% converged).")
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
