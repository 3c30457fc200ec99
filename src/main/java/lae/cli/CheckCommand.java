package lae.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import lae.check.ValidatedClaimFile;
import lae.core.Progress;
import lae.job.ClaimFileReports;
import lae.report.ReportDocument;
import lae.report.ReportSet;

/** {@code lae check checks/NAME.toml}: one claim file to reports/NAME.md and .json. */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class CheckCommand implements Callable<Integer> {
    @Mixin ClaimFiles files;
    @Mixin OutputOption out;
    @Mixin ConsoleOutput console;
    @Mixin ForceOption force;

    /**
     * Validates every file first (bad input leaves every existing report untouched), then checks each and writes
     * their reports as one set (a run that stops part-way leaves the previous reports).
     */
    @Override
    public Integer call() {
        List<ValidatedClaimFile> validated = ValidatedClaimFile.forChecks(files.load(), force.on(), console::warn);
        Path dir = out.writable();
        Progress progress = console.progress();
        try (ReportSet set = ReportSet.open(dir)) {
            for (ValidatedClaimFile file : validated) {
                ReportDocument d = ClaimFileReports.check(file, progress);
                set.add(d);
                System.out.println(CheckSummary.of(d, dir));
            }
            set.commit();
        }
        return 0;
    }
}
