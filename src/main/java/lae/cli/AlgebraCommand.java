package lae.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import lae.algebra.AlgebraClaimFile;
import lae.algebra.AlgebraEngine;
import lae.algebra.AlgebraRun;
import lae.algebra.SingularProcess;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.report.ReportComparison;
import lae.report.ReportDocument;
import lae.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lae algebra FILE...}: the exact critical varieties of claim files, to OUT/algebra/NAME.md and .json. */
@Command(name = "algebra", mixinStandardHelpOptions = true)
public final class AlgebraCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "claim files (TOML), e.g. checks/algebra/m3-k2.toml")
    List<Path> files = new ArrayList<>();

    @Mixin VerifyOption verify;
    @Mixin OutputOption out;
    @Mixin ConsoleOutput console;

    /** Validates every claim file, then writes (or with --verify compares) one report per file. */
    @Override
    public Integer call() {
        List<AlgebraClaimFile> parsed = new ArrayList<>();
        for (Path f : files) {
            parsed.add(AlgebraClaimFile.load(f));
        }
        Path dir = verify.folder(out);
        if (!AlgebraEngine.available()) {
            console.warn("lae algebra: " + SingularProcess.absentReason() + "; every verdict is INCONCLUSIVE (strength none)"
                    + (verify.on() ? "; the reports are not re-checked" : ""));
            if (verify.on()) {
                parsed.forEach(cf -> System.out.println("verify: not re-checked: algebra/" + cf.name + " (" + SingularProcess.absentReason() + ")"));
                return 0;
            }
        }
        List<String> differences = new ArrayList<>();
        for (AlgebraClaimFile cf : parsed) {
            long t0 = System.nanoTime();
            ReportDocument d = AlgebraRun.document(cf, console.progress());
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (verify.on()) {
                differences.addAll(ReportComparison.differences(d, dir));
                continue;
            }
            ReportWriter.Written w = ReportWriter.write(d, dir);
            System.out.println("algebra " + cf.name + ": " + Numbers.fixed(seconds, 1) + " s -> " + w.markdown());
            for (ClaimResult r : d.results()) {
                System.out.println(Numbers.format("  %-4s %-20s %-10s %-12s %s", r.claim(), r.loss(), r.reading(), r.verdict(), r.strength().label()));
            }
        }
        if (!verify.on()) {
            return 0;
        }
        if (differences.isEmpty()) {
            System.out.println("verify: " + parsed.size() + " algebra reports match what this code computes");
            return 0;
        }
        differences.forEach(x -> System.out.println("verify: DIFFERS " + x));
        return ReportCommand.EXIT_DIFFERS;
    }
}
