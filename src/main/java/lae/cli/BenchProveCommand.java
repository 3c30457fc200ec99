package lae.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import lae.core.Numbers;
import lae.symbolic.ProofRunner;
import lae.symbolic.ProofRunner.ScriptResult;
import lae.symbolic.ProofSession;

/** {@code lae bench prove}: the time of each proof script and the total, against the 2-minute target. */
@Command(name = "prove", mixinStandardHelpOptions = true)
public final class BenchProveCommand implements Callable<Integer> {
    @Mixin ProofsOption proofs;

    /** Runs every script and prints the times. */
    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        List<ScriptResult> results = ProofRunner.runAllScripts(proofs.dir());
        double wall = (System.nanoTime() - t0) / 1e9;
        System.out.print(Numbers.format("%-24s %10s%n", "script", "seconds"));
        System.out.print(Numbers.format("%-24s %10.2f%n", "(Symja start-up)", Math.max(0, ProofSession.startupSeconds())));
        for (ScriptResult r : results) {
            System.out.print(Numbers.format("%-24s %10.2f%n", r.name(), r.seconds()));
        }
        System.out.print(Numbers.format("%-24s %10.2f   (%s)%n", "total (wall, incl. start-up)", wall, BenchTarget.of("prove.total").judge(wall, 2)));
        return 0;
    }
}
