package lae.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import lae.check.CheckRun;
import lae.config.ClaimFile;
import lae.check.Measurements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lae bench check}: per-phase timings and Newton convergence of a claim file beside the targets. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Times ./lae check on a claim file (default: Section 4.2's configuration) and prints per-phase figures.",
            "Targets (Section 4.2, 2 cores): at most 10 Newton iterations on average and at least 219 of 220 runs converged for L and "
                + "for L_pi; Newton at most 20 s in total; the whole check under 30 s.",
            "Example: ./lae bench check checks/section-4.2.toml"})
public final class BenchCheckCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "CLAIM_FILE", defaultValue = "checks/section-4.2.toml")
    Path file;

    @Override
    public Integer call() {
        ClaimFile cf = ClaimFile.load(file);
        lae.check.InputValidation.prepareAll(java.util.List.of(cf), false, System.err::println);
        CheckRun run = CheckRun.run(cf, new ConsoleProgress(false));
        System.out.print(lae.core.Numbers.format("bench check %s: m=%d n=%d k=%d, |I| <= %d, %d random + %d perturbed Newton starts per loss and lambda, %d cores%n",
                file, run.data.m(), run.data.n(), cf.k, cf.maxIndexSetSize, cf.randomStarts, cf.perturbedStarts, Runtime.getRuntime().availableProcessors()));
        for (Measurements m : run.measurements) {
            long conv = m.search.stream().filter(s -> s.result().converged()).count();
            double its = m.search.stream().mapToInt(s -> s.result().iterations()).average().orElse(0);
            System.out.print(lae.core.Numbers.format("  %-8s lambda=%-6s Table-1 %4d points %6.2f s (%.1f ms/point) | dense %2d %5.2f s | Newton %4d runs %6.2f s (%.0f ms/run, %d converged, mean %.1f iterations)%n",
                    m.kind.label(), m.lambda, m.components.size(), m.secondsTableOne, 1000 * m.secondsTableOne / Math.max(1, m.components.size()),
                    m.dense.size(), m.secondsDense, m.search.size(), m.secondsNewton, 1000 * m.secondsNewton / Math.max(1, m.search.size()), conv, its));
        }
        run.timings.forEach((k, v) -> System.out.print(lae.core.Numbers.format("  %-18s %8.2f s%n", k, v)));
        for (Measurements m : run.measurements) {
            if (m.kind == lae.model.LossKind.L || m.kind == lae.model.LossKind.L_PI) {
                long conv = m.search.stream().filter(s -> s.result().converged()).count();
                double its = m.search.stream().mapToInt(s -> s.result().iterations()).average().orElse(0);
                System.out.println(lae.core.Numbers.format("  target %-5s mean iterations <= 10: %.1f -> %s; converged >= %d of %d: %d -> %s",
                        m.kind.label(), its, its <= 10 ? "met" : "NOT met", m.search.size() - 1, m.search.size(), conv,
                        conv >= m.search.size() - 1 ? "met" : "NOT met"));
            }
        }
        double newton = run.timings.get("newton");
        double total = run.timings.get("total");
        System.out.println(lae.core.Numbers.format("  target Newton <= 20 s: %.1f s -> %s; total < 30 s: %.1f s -> %s",
                newton, newton <= 20 ? "met" : "NOT met", total, total < 30 ? "met" : "NOT met"));
        return 0;
    }
}
