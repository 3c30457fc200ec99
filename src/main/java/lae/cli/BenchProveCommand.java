package lae.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import lae.symbolic.ProofRunner;
import lae.symbolic.ProofRunner.ScriptResult;
import lae.symbolic.ProofSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lae bench prove}: the time of each proof script and the total, against the 2-minute target. */
@Command(name = "prove", mixinStandardHelpOptions = true,
        description = {"Times every proof script (writing no report) and prints each one's time and the total including Symja's start-up.",
            "Target: the total under 120 s on 2 cores.",
            "Example: ./lae bench prove"})
public final class BenchProveCommand implements Callable<Integer> {
    static final double TARGET_SECONDS = 120;

    @Option(names = "--proofs", defaultValue = "proofs", description = "directory of proof scripts (default: ${DEFAULT-VALUE})")
    Path proofsDir;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        List<ScriptResult> results = ProofRunner.runAllScripts(proofsDir);
        double wall = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%-24s %10s%n", "script", "seconds");
        System.out.printf(Locale.ROOT, "%-24s %10.2f%n", "(Symja start-up)", Math.max(0, ProofSession.startupSeconds()));
        for (ScriptResult r : results) {
            System.out.printf(Locale.ROOT, "%-24s %10.2f%n", r.name(), r.seconds());
        }
        System.out.printf(Locale.ROOT, "%-24s %10.2f   (target < %.0f s: %s)%n", "total (wall, incl. start-up)", wall,
                TARGET_SECONDS, wall < TARGET_SECONDS ? "met" : "MISSED");
        return 0;
    }
}
