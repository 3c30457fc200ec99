package lae.cli;

import java.util.List;
import java.util.concurrent.Callable;

import lae.algebra.AlgebraBench;
import lae.algebra.AlgebraEngine;
import lae.algebra.SingularProcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lae bench algebra}: the time of the exact critical varieties against issue 22's targets, and the frontier. */
@Command(name = "algebra", mixinStandardHelpOptions = true)
public final class BenchAlgebraCommand implements Callable<Integer> {
    @Option(names = "--limit", defaultValue = "60", description = "seconds per size for the frontier (default: ${DEFAULT-VALUE})")
    double limit;

    @Option(names = "--max-m", defaultValue = "6", description = "largest m tried for the frontier (default: ${DEFAULT-VALUE})")
    int maxM;

    @Option(names = "--max-k", defaultValue = "3", description = "largest k tried for the frontier (default: ${DEFAULT-VALUE})")
    int maxK;

    @Option(names = "--no-frontier", description = "the targets only")
    boolean noFrontier;

    @Option(names = "--losses", split = ",", description = "losses for the frontier (default: L, L_pi, L_sigma, L_synthetic(1/2), L_synthetic(1/200))")
    List<String> losses = List.of("L", "L_pi", "L_sigma", "L_synthetic(1/2)", "L_synthetic(1/200)");

    @Override
    public Integer call() {
        if (!AlgebraEngine.available()) {
            System.out.println("bench algebra: " + SingularProcess.absentReason() + "; nothing to time");
            return 0;
        }
        AlgebraBench.targets(System.out::println);
        if (!noFrontier) {
            AlgebraBench.frontier(losses, maxM, maxK, limit, System.out::println);
        }
        return 0;
    }
}
