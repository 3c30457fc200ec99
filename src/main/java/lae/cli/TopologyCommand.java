package lae.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import lae.check.CheckRun;
import lae.config.ClaimFile;
import lae.core.ClaimResult;
import lae.model.DataMatrix;
import lae.report.AtomicFiles;
import lae.report.ReportDocument;
import lae.report.ReportWriter;
import lae.topology.TopologyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lae topology CONFIG...}: the closed-form census and the Morse-Bott verdicts of claim files. */
@Command(name = "topology", mixinStandardHelpOptions = true,
        description = {"Counts every Table-1 component in closed form and tests the classification with the Z2 Morse-Bott identity.",
            "For each claim file: every component counted by Gaussian binomials, and the Morse-Bott test of Theorem 3.1's",
            "classification with the printed and the corrected index formulas (verdicts MB-C17, MB-C17-corrected).",
            "Writes OUT/topology/NAME.md and .json. Details: docs/topology.md.",
            "Example: ./lae topology checks/section-4.2.toml"})
public final class TopologyCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "CONFIG", description = "claim files (TOML), e.g. checks/section-4.2.toml")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", defaultValue = "reports", description = "output directory; reports go to OUT/topology/ (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "no progress lines")
    boolean quiet;

    @Override
    public Integer call() {
        AtomicFiles.requireWritableDirectory(out, "--out");
        List<ClaimFile> cfs = new ArrayList<>();
        for (Path f : files) {
            cfs.add(ClaimFile.load(f));
        }
        for (ClaimFile cf : cfs) {
            ReportDocument d = TopologyReport.document(inputs(cf));
            ReportWriter.Written w = ReportWriter.write(d, out);
            if (!quiet) {
                System.out.println("topology " + cf.reportStem() + " -> " + w.markdown());
                for (ClaimResult r : d.results()) {
                    System.out.printf(java.util.Locale.ROOT, "    %-17s %-8s %s%n", r.claim(), r.loss(), r.verdictWithStrength());
                }
            }
        }
        return 0;
    }

    /** The engine's inputs from a claim file (the data are built to read their singular values). */
    public static TopologyReport.Inputs inputs(ClaimFile cf) {
        DataMatrix data = CheckRun.loadData(cf);
        return new TopologyReport.Inputs(cf.reportStem(), "./lae topology " + lae.census.CensusRun.relativePath(cf.path), data.m(), data.n(), cf.k,
                cf.lambdas, cf.losses, data.singularValues());
    }
}
