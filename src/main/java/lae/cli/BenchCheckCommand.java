package lae.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import lae.check.CheckRun;
import lae.check.ClaimFile;
import lae.check.Measurements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lae bench check}: per-phase timings of a claim file beside the target (Section 4.2 under 60 s on 2 cores). */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Times ./lae check on a claim file (default: Section 4.2's configuration) and prints per-phase figures.",
            "Target: Section 4.2, every |I| <= 2 (211 components per loss) and 200 random Newton starts per loss, under 60 s on 2 cores.",
            "Example: ./lae bench check checks/section-4.2.toml"})
public final class BenchCheckCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "CLAIM_FILE", defaultValue = "checks/section-4.2.toml")
    Path file;

    @Override
    public Integer call() {
        ClaimFile cf = ClaimFile.load(file);
        lae.check.InputValidation.prepareAll(java.util.List.of(cf), false, System.err::println);
        CheckRun run = CheckRun.run(cf, new ConsoleProgress(false));
        System.out.printf("bench check %s: m=%d n=%d k=%d, |I| <= %d, %d random + %d perturbed Newton starts per loss and lambda, %d cores%n",
                file, run.data.m(), run.data.n(), cf.k, cf.maxIndexSetSize, cf.randomStarts, cf.perturbedStarts, Runtime.getRuntime().availableProcessors());
        for (Measurements m : run.measurements) {
            long conv = m.search.stream().filter(s -> s.result().converged()).count();
            double its = m.search.stream().mapToInt(s -> s.result().iterations()).average().orElse(0);
            System.out.printf("  %-8s lambda=%-6s Table-1 %4d points %6.2f s (%.1f ms/point) | dense %2d %5.2f s | Newton %4d runs %6.2f s (%.0f ms/run, %d converged, mean %.1f iterations)%n",
                    m.kind.label(), m.lambda, m.components.size(), m.secondsTableOne, 1000 * m.secondsTableOne / Math.max(1, m.components.size()),
                    m.dense.size(), m.secondsDense, m.search.size(), m.secondsNewton, 1000 * m.secondsNewton / Math.max(1, m.search.size()), conv, its);
        }
        run.timings.forEach((k, v) -> System.out.printf("  %-18s %8.2f s%n", k, v));
        System.out.printf("  target: total < 60 s -> %s%n", run.timings.get("total") < 60 ? "met" : "NOT met");
        return 0;
    }
}
