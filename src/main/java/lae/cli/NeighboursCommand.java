package lae.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import lae.census.NeighbourClaimFile;
import lae.census.NeighbourReport;
import lae.core.Numbers;
import lae.report.ReportComparison;
import lae.report.ReportDocument;
import lae.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lae neighbours}: the neighbouring papers' claim files (issue 25), one report each. */
@Command(name = "neighbours", mixinStandardHelpOptions = true,
        description = {"The neighbours' LAEs: the census of the non-uniform l2 loss of Bao et al. (NeurIPS 2020) and of the tied "
                + "LAE of Kunin et al. (ICML 2019) on a claim file of checks/bao2020/ or checks/kunin2019/: the toolkit's "
                + "classification of their critical points checked (Hessian blocks, dense Hessians, Newton from random starts), the "
                + "index histogram, the Morse inequalities, the conditioning at the minimum, and the verdicts on the papers' "
                + "statements (Kunin et al.'s on L_sigma derived from C9, C22, C24 in the reports folder).",
            "Writes OUT/PAPER/NAME.md and .json. Completeness at small sizes is certified by ./lae algebra on the same folder's "
                + "small claim files (*-m3-k*.toml).",
            "Example: ./lae neighbours checks/bao2020/section-4.2.toml"})
public final class NeighboursCommand implements Callable<Integer> {
    @Mixin OutputOption out;
    @Mixin ConsoleOutput console;

    @Option(names = "--verify", description = "recompute the reports and compare them with those in OUT; write nothing")
    boolean verify;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "neighbours claim files, e.g. checks/bao2020/section-4.2.toml")
    List<Path> files = new ArrayList<>();

    /** Validates every claim file, then writes (or with --verify compares) one report per file. */
    @Override
    public Integer call() {
        List<NeighbourClaimFile> parsed = files.stream().map(NeighbourClaimFile::load).toList();
        Path dir = verify ? out.existing("the reports to verify") : out.writable();
        List<String> differences = new ArrayList<>();
        parsed.forEach(cf -> {
            long t0 = System.nanoTime();
            ReportDocument d = NeighbourReport.document(cf, dir, console.progress());
            if (verify) {
                differences.addAll(ReportComparison.differences(d, dir));
            } else {
                report(cf, d, ReportWriter.write(d, dir), (System.nanoTime() - t0) / 1e9);
            }
        });
        differences.forEach(x -> System.out.println("verify: DIFFERS " + x));
        if (verify && differences.isEmpty()) {
            System.out.println("verify: " + parsed.size() + " neighbours reports match what this code computes");
        }
        return differences.isEmpty() ? 0 : ReportCommand.EXIT_DIFFERS;
    }

    private static void report(NeighbourClaimFile cf, ReportDocument d, ReportWriter.Written w, double seconds) {
        System.out.println("neighbours " + cf.name + ": " + Numbers.fixed(seconds, 1) + " s -> " + w.markdown());
        d.results().forEach(r -> System.out.println(Numbers.format("  %-9s %-34s %-20s %-12s %s", r.claim(), r.loss(), r.reading(),
                r.verdict(), r.strength().label())));
    }
}
