package lae.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import lae.core.ClaimResult;
import lae.core.InputException;
import lae.core.Numbers;
import lae.job.ExplorerAdam;
import lae.explore.ExploreReport;
import lae.explore.SyntheticCensusReport;
import lae.explore.SyntheticCensusRun;
import lae.explore.SyntheticExplorer;
import lae.report.ReportDocument;
import lae.report.ReportWriter;

/** {@code lae explore synthetic | synthetic-census}: the synthetic loss's critical set (issues 5 and 12). */
@Command(name = "explore", mixinStandardHelpOptions = true)
@DefaultSeed(1)
public final class ExploreCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "what to explore: synthetic or synthetic-census")
    String what;

    @Option(names = "--newton-starts", defaultValue = "24",
            description = "synthetic-census: Newton starts per w_sigma, 0 for none (default ${DEFAULT-VALUE})")
    int newtonStarts;

    @Option(names = "--dense-sample", defaultValue = "4",
            description = "synthetic-census: components per w_sigma also classified densely (default ${DEFAULT-VALUE})")
    int denseSample;

    @Mixin GridOption grid;
    @Mixin SeedOption seed;
    @Mixin OutputOption out;
    @Mixin ConsoleOutput console;

    /** Checks the options, runs the exploration and writes its report. */
    @Override
    public Integer call() {
        if (!"synthetic".equals(what) && !"synthetic-census".equals(what)) {
            throw InputException.field("command line", "WHAT", what, "synthetic, synthetic-census");
        }
        grid.name(); // checked before any work
        if (newtonStarts < 0 || newtonStarts > 10_000) {
            throw InputException.field("command line", "--newton-starts", String.valueOf(newtonStarts), "0..10000");
        }
        if (denseSample < 0 || denseSample > 100) {
            throw InputException.field("command line", "--dense-sample", String.valueOf(denseSample), "0..100");
        }
        Path dir = out.writable();
        ReportDocument doc;
        if ("synthetic".equals(what)) {
            String cmd = "./lae explore synthetic --grid " + grid.name() + " --seed " + seed.value() + " --out " + dir;
            SyntheticExplorer.Result r = new SyntheticExplorer(grid.of(seed.value()), SyntheticExplorer.defaultCandidates(), ExplorerAdam.INSTANCE,
                    console.progress()).run();
            doc = ExploreReport.document(r, cmd);
            ExplorerTable.print(r);
        } else {
            String cmd = "./lae explore synthetic-census --seed " + seed.value() + " --newton-starts " + newtonStarts + " --dense-sample "
                    + denseSample + " --out " + dir;
            SyntheticCensusRun.Result r = SyntheticCensusRun.run(SyntheticCensusRun.Config.section42(seed.value(), newtonStarts, denseSample),
                    console.progress());
            doc = SyntheticCensusReport.document(r, cmd);
            for (SyntheticCensusRun.WeightResult w : r.weights()) {
                System.out.println(Numbers.format("w_sigma %-7s %7d components, index = formula %7d, nullity = formula %7d, "
                        + "undecided %d, %.2f s", Numbers.general(w.census().wSigma()), w.census().components(),
                        w.census().indexAgree(), w.census().nullityAgree(), w.census().undecided(), w.census().seconds())
                        + (w.newton() == null ? "" : Numbers.format("; Newton %d/%d inside", w.newton().inside(), w.newton().converged())));
            }
        }
        ReportWriter.Written w = ReportWriter.write(doc, dir);
        System.out.println("wrote " + w.markdown() + ", " + w.json() + ", " + doc.figures().size() + " figure(s)");
        for (ClaimResult c : doc.results()) {
            System.out.println("  " + c.claim() + " " + c.loss() + " (" + c.reading() + "): " + c.verdictWithStrength());
        }
        return 0;
    }
}
