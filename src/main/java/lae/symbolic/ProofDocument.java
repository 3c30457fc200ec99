package lae.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import lae.core.Numbers;
import lae.core.Reading;
import lae.core.Verdict;
import lae.report.ReportDocument;

/** The reports of proof scripts: {@code proofs/NAME} per script and {@code proofs/index} over all of them. */
public final class ProofDocument {
    private ProofDocument() {
    }

    public static String command(ProofRunner.ScriptResult r) {
        return "./lae prove proofs/" + r.name() + ".m";
    }

    public static ReportDocument of(ProofRunner.ScriptResult r) {
        ReportDocument.Builder d = ReportDocument.builder("proofs/" + r.name(), "proof")
                .title("Proof `" + r.name() + "`")
                .introduction("Script `proofs/" + r.name() + ".m`: " + r.steps().size() + " steps (" + r.count(Verdict.HOLDS) + " HOLDS, "
                        + r.count(Verdict.FAILS) + " FAILS, " + r.count(Verdict.INCONCLUSIVE) + " INCONCLUSIVE).\n\n"
                        + "A step compares a computed value with what a statement predicts: HOLDS when the difference simplifies "
                        + "to exactly 0 (or the condition evaluates to True), FAILS when it provably differs (a rational point "
                        + "where it is non-zero is given), INCONCLUSIVE otherwise. Its strength is *proved* when the step covers its claim's "
                        + "whole scope: an identity checked by the size-independent checker (normal form 0 in a free algebra with "
                        + "involution: it holds for matrices of every size), or an identity in free symbols for a claim about one "
                        + "fixed size (the 1-D claims); *certified* when it is exact on the sizes or instances stated in its scope "
                        + "(a check with explicit matrices at fixed sizes, an instance, an exact counterexample); *sampled* when the "
                        + "difference only vanished at random rational points. Role `printed` tests the paper's claim as printed "
                        + "and decides the claim's verdict; `corrected` verifies a corrected statement; `lemma` is a supporting computation.")
                .command(command(r))
                .seed("probe points", ProofRunner.DEFAULT_SEED)
                .config("script", "proofs/" + r.name() + ".m")
                .config("steps", r.steps().size())
                .results(r.claims());
        List<List<String>> rows = new ArrayList<>();
        for (ProofStep s : r.steps()) {
            rows.add(List.of(Integer.toString(s.index()), s.claim().id() + (s.reading() == Reading.AS_PRINTED ? "" : " (" + s.reading() + ")"), s.loss(), s.role(), s.text(), "**" + s.verdict() + "**",
                    s.strength().label() + (s.scope().isEmpty() ? "" : " (" + s.scope() + ")"), s.reason()));
        }
        d.section("Steps").table("steps", "", List.of("#", "claim", "loss", "role", "statement", "verdict", "strength", "how"), rows);
        List<ProofStep> notHolding = r.steps().stream().filter(s -> s.verdict() != Verdict.HOLDS).collect(Collectors.toList());
        if (!notHolding.isEmpty()) {
            List<String> items = new ArrayList<>();
            for (ProofStep s : notHolding) {
                items.add("**Step " + s.index() + "** (" + s.claim() + (s.reading() == Reading.AS_PRINTED ? "" : " (" + s.reading() + ")") + ", " + s.loss() + ", " + s.verdict() + "): " + s.text()
                        + "; computed `" + s.computedShort() + "`; expected `" + s.expectedShort() + "`"
                        + (s.counterexample() != null ? "; counterexample point `" + s.counterexample() + "`" : ""));
            }
            d.section("Steps that do not hold: computed vs expected").bullets(items);
        }
        if (!r.shows().isEmpty()) {
            List<String> items = new ArrayList<>();
            for (String[] s : r.shows()) {
                items.add(s[0] + ": `" + StepJudge.shorten(s[1], 600) + "`");
            }
            d.section("Computed values").bullets(items);
        }
        if (!r.warnings().isEmpty() || !r.errors().isEmpty()) {
            List<String> items = new ArrayList<>();
            r.errors().forEach(e -> items.add("error: " + e));
            r.warnings().forEach(e -> items.add("Symja: " + e));
            d.section("Messages").bullets(items);
        }
        d.timing("symja_startup", Math.max(0, ProofSession.startupSeconds()));
        d.timing("script", r.seconds());
        for (String[] s : r.slowest()) {
            d.timing("slowest statement: " + StepJudge.shorten(s[1].replace('`', '\''), 120), Double.parseDouble(s[0]));
        }
        return d.build();
    }

    /** {@code proofs/index}: one row per script (its verdicts are in the script's own report). */
    public static ReportDocument index(List<ProofRunner.ScriptResult> results) {
        ReportDocument.Builder d = ReportDocument.builder("proofs/index", "proof-index")
                .title("Proof scripts")
                .introduction("Every script in `proofs/`, with its step counts; `./lae bench prove` times them. The verdicts per claim are in each script's report and in the index `reports/README.md`.")
                .command("./lae prove")
                .seed("probe points", ProofRunner.DEFAULT_SEED);
        List<List<String>> rows = new ArrayList<>();
        double total = 0;
        for (ProofRunner.ScriptResult r : results) {
            total += r.seconds();
            rows.add(List.of("[" + r.name() + "](" + r.name() + ".md)", Integer.toString(r.steps().size()),
                    Long.toString(r.count(Verdict.HOLDS)), Long.toString(r.count(Verdict.FAILS)), Long.toString(r.count(Verdict.INCONCLUSIVE)),
                    r.claims().stream().map(c -> c.claim() + " " + c.loss() + ": " + c.verdictWithStrength()).collect(Collectors.joining("; "))));
            d.timing(r.name(), r.seconds());
        }
        d.section("Scripts").table("scripts", "", List.of("script", "steps", "HOLDS", "FAILS", "INCONCLUSIVE", "claim verdicts"), rows);
        d.timing("total", total);
        d.timing("symja_startup", Math.max(0, ProofSession.startupSeconds()));
        return d.build();
    }

    static String seconds(double s) {
        return Numbers.fixed(s, 2);
    }
}
