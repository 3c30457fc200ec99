package lae.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import lae.check.CheckRun;
import lae.check.Measurements;
import lae.check.ValidatedClaimFile;
import lae.config.ClaimFile;
import lae.core.Numbers;
import lae.model.LossKind;

/** {@code lae bench check}: per-phase timings and Newton convergence of a claim file beside the targets. */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class BenchCheckCommand implements Callable<Integer> {
    @Mixin BenchClaimFile file;

    /** Runs the check (writing nothing) and prints its figures beside the targets. */
    @Override
    public Integer call() {
        ValidatedClaimFile v = ValidatedClaimFile.forChecks(List.of(file.load()), false, System.err::println).get(0);
        ClaimFile cf = v.file();
        CheckRun run = CheckRun.run(cf, v.data(), new ConsoleProgress(false));
        System.out.print(Numbers.format("bench check %s: m=%d n=%d k=%d, |I| <= %d, %d random + %d perturbed Newton starts per loss and lambda, %d cores%n",
                file.path(), run.data().m(), run.data().n(), cf.k, cf.maxIndexSetSize, cf.randomStarts, cf.perturbedStarts, Runtime.getRuntime().availableProcessors()));
        for (Measurements m : run.measurements()) {
            System.out.print(Numbers.format("  %-8s lambda=%-6s Table-1 %4d points %6.2f s (%.1f ms/point) | dense %2d %5.2f s | Newton %4d runs %6.2f s (%.0f ms/run, %d converged, mean %.1f iterations)%n",
                    m.kind.label(), m.lambda, m.components.size(), m.secondsTableOne, 1000 * m.secondsTableOne / Math.max(1, m.components.size()),
                    m.dense.size(), m.secondsDense, m.search.size(), m.secondsNewton, 1000 * m.secondsNewton / Math.max(1, m.search.size()),
                    converged(m), meanIterations(m)));
        }
        run.timings().forEach((k, t) -> System.out.print(Numbers.format("  %-18s %8.2f s%n", k, t)));
        for (Measurements m : run.measurements()) {
            if (m.kind == LossKind.L || m.kind == LossKind.L_PI) {
                BenchTarget converged = BenchTarget.atLeast("converged of " + m.search.size(), m.search.size() - 1, "");
                System.out.println("  " + m.kind.label() + " " + BenchTarget.of("check.mean_iterations").judge(meanIterations(m), 1) + "; "
                        + converged.judge(converged(m), 0));
            }
        }
        System.out.println("  " + BenchTarget.of("check.newton").judge(run.timings().get("newton"), 1) + "; " + BenchTarget.of("check.total").judge(run.timings().get("total"), 1));
        return 0;
    }

    private static long converged(Measurements m) {
        return m.search.stream().filter(s -> s.result().converged()).count();
    }

    private static double meanIterations(Measurements m) {
        return m.search.stream().mapToInt(s -> s.result().iterations()).average().orElse(0);
    }
}
