package lae.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import lae.core.Verdict;
import lae.symbolic.ProofRunner;
import lae.symbolic.ProofRunner.ScriptResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lae prove [SCRIPT.m ...]}: runs Symja proof scripts and writes reports/proofs/NAME.md + .json. */
@Command(name = "prove", mixinStandardHelpOptions = true,
        description = {"Runs Symja proof scripts (proofs/NAME.m) and writes REPORTS/proofs/NAME.md and NAME.json "
                + "with a verdict per step and per claim. Without arguments, runs every script in --proofs.",
                "Exit code 0 when every step could be decided (HOLDS or FAILS: a failing claim is a finding), "
                        + "1 when a step is INCONCLUSIVE or a statement raised an error, 2 for bad input."},
        footer = {"", "Example:  ./lae prove proofs/critical_1d.m   ->  reports/proofs/critical_1d.md"})
public final class ProveCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "SCRIPT", description = "proof scripts (.m); default: all in --proofs")
    List<Path> scripts = new ArrayList<>();

    @Option(names = "--proofs", defaultValue = "proofs", description = "directory of proof scripts (default: ${DEFAULT-VALUE})")
    Path proofsDir;

    @Option(names = "--reports", defaultValue = "reports", description = "reports directory; scripts write to REPORTS/proofs (default: ${DEFAULT-VALUE})")
    Path reportsDir;

    @Override
    public Integer call() {
        lae.report.AtomicFiles.requireWritableDirectory(reportsDir.resolve("proofs"), "--reports");
        List<ScriptResult> results = new ArrayList<>();
        if (scripts.isEmpty()) {
            results.addAll(ProofRunner.runAllScripts(proofsDir, reportsDir));
        } else {
            for (Path p : scripts) {
                results.add(ProofRunner.run(p, reportsDir));
            }
        }
        boolean undecided = false;
        for (ScriptResult r : results) {
            System.out.printf(Locale.ROOT, "%-24s %3d steps: %3d HOLDS, %3d FAILS, %3d INCONCLUSIVE  %6.2f s  -> %s%n",
                    r.name(), r.steps().size(), r.count(Verdict.HOLDS), r.count(Verdict.FAILS), r.count(Verdict.INCONCLUSIVE),
                    r.seconds(), reportsDir.resolve("proofs").resolve(r.name() + ".md"));
            r.claims().forEach(c -> System.out.printf(Locale.ROOT, "    %-16s %-12s %s%n", c.claim(), c.loss(), c.verdict()));
            undecided |= r.count(Verdict.INCONCLUSIVE) > 0 || !r.errors().isEmpty();
        }
        return undecided ? 1 : 0;
    }
}
