package lae.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import lae.config.ClaimData;
import lae.config.ClaimFile;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.job.ClaimFileReports;
import lae.report.ReportDocument;
import lae.report.ReportSet;

/** {@code lae topology CONFIG...}: the closed-form census and the Morse-Bott verdicts of claim files. */
@Command(name = "topology", mixinStandardHelpOptions = true)
public final class TopologyCommand implements Callable<Integer> {
    @Mixin ClaimFiles files;
    @Mixin OutputOption out;
    @Mixin ConsoleOutput console;

    /** Writes the topology report of each claim file, and its verdicts unless quiet. */
    @Override
    public Integer call() {
        Path dir = out.writable();
        List<ClaimFile> claimFiles = files.load();
        try (ReportSet set = ReportSet.open(dir)) {
            for (ClaimFile cf : claimFiles) {
                ReportDocument d = ClaimFileReports.topology(cf, ClaimData.load(cf));
                set.add(d);
                if (!console.quiet()) {
                    System.out.println("topology " + cf.reportStem() + " -> " + dir.resolve(d.name() + ".md"));
                    for (ClaimResult r : d.results()) {
                        System.out.print(Numbers.format("    %-17s %-8s %s%n", r.claim(), r.loss(), r.verdictWithStrength()));
                    }
                }
            }
            set.commit();
        }
        return 0;
    }
}
