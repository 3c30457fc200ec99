package lae.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import lae.check.CheckDocument;
import lae.core.InputException;
import lae.core.Numbers;
import lae.job.MainJob;
import lae.report.ReportIndex;
import lae.report.ReportSet;

/**
 * {@code lae report}: the main job ({@link MainJob}): every claim file in checks/ and every proof script in
 * proofs/, then the index reports/README.md; with {@code --verify}, the same computation compared with the
 * committed reports instead of written.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
public final class ReportCommand implements Callable<Integer> {
    /** Exit code of --verify when a committed report is not what the code computes. */
    public static final int EXIT_DIFFERS = 3;

    @Option(names = "--checks", paramLabel = "DIR", defaultValue = "checks", description = "folder of claim files (default: ${DEFAULT-VALUE})")
    Path checks;

    @Mixin ProofsOption proofs;

    @Option(names = "--no-proofs", description = "skip the proof scripts")
    boolean noProofs;

    @Mixin VerifyOption verify;
    @Mixin OutputOption out;
    @Mixin ConsoleOutput console;
    @Mixin ForceOption force;

    /** Validates every input, then writes (or with --verify compares) every report and the index. */
    @Override
    public Integer call() {
        if (!Files.isDirectory(checks)) {
            throw new InputException(checks + ": no such directory (option --checks: a directory of *.toml claim files)");
        }
        MainJob.Plan plan = MainJob.plan(checks, noProofs ? null : proofs.dir(), force.on(), console::warn);
        Path dir = verify.folder(out);
        return verify.on() ? verify(plan, dir) : write(plan, dir);
    }

    private int write(MainJob.Plan plan, Path dir) {
        MainJob.Summary s;
        try (ReportSet set = ReportSet.open(dir)) {
            s = MainJob.run(plan, console.progress(), d -> {
                set.add(d);
                if (d.kind().equals(CheckDocument.KIND)) {
                    System.out.println(CheckSummary.of(d, dir));
                }
            });
            set.addIndex();
            set.commit();
        }
        if (s.proofScripts() > 0) {
            System.out.println("proofs: " + s.proofScripts() + " scripts -> " + dir.resolve("proofs"));
        }
        System.out.println("index -> " + dir.resolve(ReportIndex.NAME + ".md") + " (" + Numbers.fixed(s.seconds(), 1) + " s)");
        // the index lists a stale report without counting its verdicts: say so here, naming it
        ReportIndex.scan(dir).stream().filter(e -> !e.current())
                .forEach(e -> console.warn("lae: warning: the index counts no verdict of " + dir.resolve(e.path()) + ": " + e.staleReason()));
        return 0;
    }

    private int verify(MainJob.Plan plan, Path dir) {
        CommittedReports committed = new CommittedReports(dir);
        MainJob.Summary s = MainJob.run(plan, console.progress(), committed);
        List<String> differences = committed.differencesWithIndex();
        committed.olderGenerators().forEach(o -> System.out.println("verify: stale (not a difference; the index lists it as stale) " + o));
        if (differences.isEmpty()) {
            System.out.println("verify: " + s.reports() + " reports and the index match what this code computes ("
                    + Numbers.fixed(s.seconds(), 1) + " s)");
            return 0;
        }
        differences.forEach(d -> System.out.println("verify: DIFFERS " + d));
        System.out.println("verify: committed reports differ from what this code computes; regenerate them with ./lae report");
        return EXIT_DIFFERS;
    }
}
