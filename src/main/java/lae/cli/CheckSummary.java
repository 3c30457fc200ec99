package lae.cli;

import java.nio.file.Path;

import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.report.ReportDocument;

/**
 * The console lines of a written check report: its name, time and file, then one line per verdict, and
 * under a failing verdict its smallest counterexample (cut to {@value #COUNTEREXAMPLE_CHARS} characters; whole in
 * the report).
 */
final class CheckSummary {
    static final int COUNTEREXAMPLE_CHARS = 200;

    private CheckSummary() {
    }

    /** The summary of check report {@code d} written under {@code out}. */
    static String of(ReportDocument d, Path out) {
        StringBuilder b = new StringBuilder();
        b.append(d.name()).append(": ").append(Numbers.fixed(d.timings().get("total"), 1)).append(" s")
                .append(" -> ").append(out.resolve(d.name() + ".md")).append('\n');
        for (ClaimResult r : d.results()) {
            b.append(Numbers.format("  %-4s %-8s %-12s %-10s %d cases, %d failed%n", r.claim(), r.loss(), r.verdict(),
                    r.strength().label(), r.casesChecked(), r.casesFailed()));
            if (r.counterexample() != null && !r.counterexample().isBlank()) {
                String c = Lae.oneLine(r.counterexample());
                b.append("       counterexample: ").append(c.length() <= COUNTEREXAMPLE_CHARS ? c : c.substring(0, COUNTEREXAMPLE_CHARS - 3) + "...").append('\n');
            }
        }
        return b.toString().stripTrailing();
    }
}
