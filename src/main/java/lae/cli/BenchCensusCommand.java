package lae.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import lae.census.Census;
import lae.census.CensusRun;
import lae.census.DenseCrossCheck;
import lae.check.ClaimFile;
import lae.check.Measurements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lae bench census}: the full census time against the dense time per component. */
@Command(name = "census", mixinStandardHelpOptions = true,
        description = {"Times the full census of a claim file (default: Section 4.2's configuration) against the dense way.",
            "Measured: the census time per loss and component, the dense time per component on a small sample, and their ratio.",
            "Target: all three losses of Section 4.2 in under 10 s on 2 cores.",
            "Example: ./lae bench census checks/section-4.2.toml"})
public final class BenchCensusCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "CONFIG", defaultValue = "checks/section-4.2.toml")
    Path file;

    @Option(names = "--dense-sample", defaultValue = "20", description = "components per loss timed the dense way (default: ${DEFAULT-VALUE})")
    int denseSample;

    @Override
    public Integer call() {
        ClaimFile cf = ClaimFile.load(file);
        lae.check.InputValidation.prepareCensus(cf, cf.losses, denseSample, false, System.err::println);
        int threads = Runtime.getRuntime().availableProcessors();
        // warm-up (JIT) on a one-component-per-loss run, not timed
        CensusRun.run(cf, cf.losses, 1, 1, threads, lae.core.Progress.NONE);
        CensusRun run = CensusRun.run(cf, cf.losses, denseSample, 7, threads, lae.core.Progress.NONE);
        System.out.printf(Locale.ROOT, "bench census %s: m=%d k=%d, %d cores%n", file, run.data.m(), cf.k, threads);
        double denseTotal = 0;
        int denseN = 0;
        for (CensusRun.Part p : run.parts) {
            Census c = p.census();
            DenseCrossCheck d = p.dense();
            double perDense = d.secondsPerComponent(threads);
            double perCensus = c.seconds * threads / Math.max(1, c.size());
            denseTotal += d.seconds * threads;
            denseN += d.rows.size();
            System.out.printf(Locale.ROOT, "  %-8s %7d components in %6.3f s (%9.0f/s, %.2f us/component/core) | dense %.2f ms/component/core (%d timed) | ratio %.0fx%n",
                    p.kind().label(), c.size(), c.seconds, c.size() / Math.max(1e-9, c.seconds), 1e6 * perCensus, 1e3 * perDense, d.rows.size(),
                    perDense / Math.max(1e-12, perCensus));
        }
        double total = run.timings.get("census") + run.timings.get("formulas");
        double denseFull = denseN == 0 ? 0 : denseTotal / denseN * run.totalComponents() / threads;
        System.out.printf(Locale.ROOT, "  full census: %d components, %.2f s (blocks %.2f s + formulas %.2f s); the dense way would take about %.0f s on %d cores%n",
                run.totalComponents(), total, run.timings.get("census"), run.timings.get("formulas"), denseFull, threads);
        System.out.printf(Locale.ROOT, "  target: full census < 10 s on 2 cores -> %s%n", total < 10 ? "met" : "NOT met");
        return 0;
    }
}
