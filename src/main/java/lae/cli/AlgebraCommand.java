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
@Command(name = "algebra", mixinStandardHelpOptions = true,
        description = {"Every critical point of each loss of a claim file, by exact algebra: the gradient ideal over Q for the file's exact data "
                + "(in the principal basis), decomposed into prime components by Singular (minAssGTZ); per component its dimension, degree, "
                + "whether it has real points (with a certificate re-checked in exact arithmetic), whether it lies in {W1 = W2^T}, and which "
                + "Table-1 component (index set) it is, or none. Verdicts, certified on the stated sizes: C15 and C16 (L, L_pi, L_sigma), C9 "
                + "(L_sigma), C29 (landscape) and C30 (L_synthetic(w)), C5-C8 (L_sigma with m = n = k = 1).",
            "Claim files: the format of checks/*.toml read exactly (numbers are the decimals they spell, strings exact expressions such as "
                + "\"1/3\" or \"(4 - i)/2\"); losses \"L\", \"L_pi\", \"L_sigma\", \"L_synthetic(1/200)\", \"L_nonuniform(1, 2)\", \"L_tied\"; "
                + "optional [algebra] strategy = \"auto\" | \"complex\" | \"real-slice\" and timeout_seconds (per Singular run). A CSV data file is refused.",
            "Writes OUT/algebra/NAME.md and .json (JSON data: per loss, the list of components). Needs Singular (" + SingularProcess.INSTALL
                + "); without it every verdict is INCONCLUSIVE (strength none). Details: docs/algebra.md.",
            "With --verify it writes nothing: it recomputes the reports of the claim files and compares them with the ones in OUT "
                + "(apart from timings, commit and date); exit 3 when one differs. Without Singular it names each report it could not "
                + "re-check and exits 0.",
            "Example: ./lae algebra checks/algebra/m3-k1.toml"})
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
