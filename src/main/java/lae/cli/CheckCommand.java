package lae.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import lae.check.CheckDocument;
import lae.check.CheckRun;
import lae.config.ClaimFile;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.report.AtomicFiles;
import lae.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lae check checks/NAME.toml}: one claim file to reports/NAME.md and .json. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Tests the claims of one or more claim files (TOML) and writes OUT/NAME.md and OUT/NAME.json for each "
                + "(NAME is the claim file's name field).",
            "Example: ./lae check checks/section-4.2.toml"})
public final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "CLAIM_FILE", description = "claim files in TOML, e.g. checks/section-4.2.toml")
    List<Path> files;

    @Option(names = "--out", defaultValue = "reports", description = "directory for the reports (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "no progress output")
    boolean quiet;

    @Option(names = "--force", description = "run even when the estimated memory or time exceeds the limits (by default refused with the estimate)")
    boolean force;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Warnings (one line each) on the command's error stream. */
    private java.util.function.Consumer<String> warnings() {
        return Preflight.warningsTo(spec);
    }

    @Override
    public Integer call() {
        // validate everything first, so that bad input leaves every existing report untouched
        List<ClaimFile> parsed = Preflight.claimFiles(files, force, warnings());
        AtomicFiles.requireWritableDirectory(out, "--out");
        ConsoleProgress progress = new ConsoleProgress(quiet);
        for (ClaimFile cf : parsed) {
            progress.phase("checking " + cf.path + " (" + cf.name + ")");
            CheckRun run = CheckRun.run(cf, progress);
            ReportWriter.write(CheckDocument.of(run), out);
            System.out.println(summary(run, out));
        }
        return 0;
    }

    static String summary(CheckRun run, Path out) {
        StringBuilder b = new StringBuilder();
        b.append(run.file.reportStem()).append(": ").append(Numbers.fixed(run.timings.get("total"), 1)).append(" s")
                .append(" -> ").append(out.resolve(run.file.reportStem() + ".md")).append('\n');
        for (ClaimResult r : run.results) {
            b.append(Numbers.format("  %-4s %-8s %-12s %-10s %d cases, %d failed%n", r.claim(), r.loss(), r.verdict(),
                    r.strength().label(), r.casesChecked(), r.casesFailed()));
        }
        return b.toString().stripTrailing();
    }
}
