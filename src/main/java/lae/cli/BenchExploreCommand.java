package lae.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import lae.core.Numbers;
import lae.core.Progress;
import lae.job.ExplorerAdam;
import lae.explore.ExploreAnalysis;
import lae.explore.SyntheticCensusRun;
import lae.explore.SyntheticExplorer;

/** {@code lae bench explore}: time and convergence fraction of the explorer's grid, or the synthetic census's time. */
@Command(name = "explore", mixinStandardHelpOptions = true)
@DefaultSeed(1)
public final class BenchExploreCommand implements Callable<Integer> {
    @Option(names = "--census", description = "time the synthetic census instead of the explorer's grid")
    boolean census;

    @Mixin GridOption grid;
    @Mixin SeedOption seed;

    /** Runs the grid (or the census) without writing a report and prints the figures beside the targets. */
    @Override
    public Integer call() {
        if (census) {
            SyntheticCensusRun.Result r = SyntheticCensusRun.run(SyntheticCensusRun.Config.section42(seed.value(), 0, 0), Progress.NONE);
            long comps = 0;
            for (SyntheticCensusRun.WeightResult w : r.weights()) {
                comps += w.census().components();
                System.out.println(Numbers.format("w_sigma %-7s %7d components in %6.2f s (%.0f components/s)",
                        Numbers.general(w.census().wSigma()), w.census().components(), w.census().seconds(),
                        w.census().components() / w.census().seconds()));
            }
            System.out.println(Numbers.format("synthetic census: %d components on %d cores; %s", comps,
                    Runtime.getRuntime().availableProcessors(), BenchTarget.of("explore.census").judge(r.seconds(), 1)));
            return 0;
        }
        long t0 = System.nanoTime();
        SyntheticExplorer.Result r = new SyntheticExplorer(grid.of(seed.value()), SyntheticExplorer.defaultCandidates(), ExplorerAdam.INSTANCE,
                new ConsoleProgress(false)).run();
        double wall = (System.nanoTime() - t0) / 1e9;
        ExplorerTable.print(r);
        int starts = 0;
        int conv = 0;
        for (var s : ExploreAnalysis.summaries(r).values()) {
            starts += s.starts();
            conv += s.converged();
        }
        double percent = starts == 0 ? Double.NaN : 100.0 * conv / starts;
        System.out.println(Numbers.format("%d cores; %s; converged %d/%d: %s", Runtime.getRuntime().availableProcessors(),
                BenchTarget.of("explore.wall").judge(wall, 1), conv, starts, BenchTarget.of("explore.converged").judge(percent, 1)));
        return 0;
    }
}
