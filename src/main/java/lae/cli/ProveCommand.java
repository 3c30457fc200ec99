package lae.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import lae.core.Numbers;
import lae.core.Verdict;
import lae.report.ReportSet;
import lae.symbolic.ProofDocument;
import lae.symbolic.ProofRunner;
import lae.symbolic.ProofRunner.ScriptResult;

/** {@code lae prove [SCRIPT.m ...]}: runs Symja proof scripts and writes reports/proofs/NAME.md + .json. */
@Command(name = "prove", mixinStandardHelpOptions = true)
public final class ProveCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "SCRIPT", description = "proof scripts (.m); default: all in --proofs")
    List<Path> scripts = new ArrayList<>();

    @Mixin ProofsOption proofs;
    @Mixin OutputOption out;

    /** Runs the scripts, writes a report per script (and the proof index when running them all), prints each one's counts. */
    @Override
    public Integer call() {
        Path dir = out.writable();
        List<Path> paths = scripts.isEmpty() ? ProofRunner.scripts(proofs.dir()) : scripts;
        paths.forEach(ProofRunner::readScript);
        List<ScriptResult> results = new ArrayList<>();
        try (ReportSet set = ReportSet.open(dir)) {
            for (Path p : paths) {
                ScriptResult r = ProofRunner.run(p);
                set.add(ProofDocument.of(r));
                results.add(r);
            }
            if (scripts.isEmpty()) {
                set.add(ProofDocument.index(results));
            }
            set.commit();
        }
        boolean undecided = false;
        for (ScriptResult r : results) {
            System.out.print(Numbers.format("%-24s %3d steps: %3d HOLDS, %3d FAILS, %3d INCONCLUSIVE  %6.2f s  -> %s%n",
                    r.name(), r.steps().size(), r.count(Verdict.HOLDS), r.count(Verdict.FAILS), r.count(Verdict.INCONCLUSIVE),
                    r.seconds(), dir.resolve("proofs").resolve(r.name() + ".md")));
            r.claims().forEach(c -> System.out.print(Numbers.format("    %-16s %-12s %s%n", c.claim(), c.loss(), c.verdict())));
            undecided |= r.count(Verdict.INCONCLUSIVE) > 0 || !r.errors().isEmpty();
        }
        return undecided ? 1 : 0;
    }
}
