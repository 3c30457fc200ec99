package lae.census;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Premise;
import lae.core.Strength;
import lae.core.Verdict;
import lae.report.Errata;
import lae.report.JsonRenderer;
import lae.report.ReportDocument;
import lae.report.ReportIndex;

/**
 * Kunin et al.'s statements about L, L_pi and L_sigma that Petrevski's claims already answer, as derived verdicts: their
 * premises are the current verdicts on C9 (symmetric critical points), C22 (principal directions as the decoder's
 * left singular vectors) and C24 (probabilistic PCA) found in the reports, not a second check. A derived verdict takes
 * the headline verdict of its premise claim, is as strong as the premises that give it and covers their scopes.
 */
final class KuninPremises {
    private KuninPremises() {
    }

    static void section(ReportDocument.Builder d, Path reports) {
        List<ClaimResult> out = List.of(
                derive(ClaimId.KUNIN_1, ClaimId.C9, reports, true),
                derive(ClaimId.KUNIN_2, ClaimId.C22, reports, true),
                derive(ClaimId.KUNIN_3, ClaimId.C24, reports, false));
        List<List<String>> rows = new ArrayList<>();
        for (ClaimResult r : out) {
            rows.add(List.of(r.claim().id(), r.claim().definition().title(), r.premises().isEmpty() ? "-" : r.premises().get(0).claim().id(),
                    "**" + r.verdict() + "**", r.strength().label(), r.scope()));
        }
        d.section("Kunin et al.'s statements on L, L_pi and L_sigma (derived)")
                .paragraph("Each statement is mapped onto the claim of Petrevski's paper that says the same, and its verdict derived "
                        + "from that claim's verdicts in `reports/` at the time this report was written (regenerate this report "
                        + "after them). KUNIN-3 is not the same statement as C24: C24 fails as printed because of a normalisation "
                        + "constant (its corrected form is verified); Kunin et al.'s constants are not checked, so it stays "
                        + "INCONCLUSIVE.")
                .table("kunin_derived", "", List.of("claim", "statement", "premise", "verdict", "strength", "scope"), rows)
                .results(out);
    }

    private static ClaimResult derive(ClaimId claim, ClaimId premise, Path reports, boolean same) {
        List<Errata.Row> rows = new ArrayList<>();
        if (Files.isDirectory(reports)) {
            for (ReportIndex.Entry e : ReportIndex.scan(reports)) {
                if (!e.current() || e.json().path("kind").asText().endsWith("-index") || e.json().path("kind").asText().equals("neighbours")) {
                    continue;
                }
                for (ClaimResult r : JsonRenderer.results(e.json())) {
                    if (r.claim() == premise) {
                        rows.add(new Errata.Row(r, e.path().replaceAll("\\.json$", "")));
                    }
                }
            }
        }
        Errata.Headline h = Errata.headline(premise, rows);
        if (h == null) {
            return ClaimResult.of(claim, ClaimResult.NO_LOSS).verdict(Verdict.INCONCLUSIVE, Strength.NONE)
                    .scope("no verdict on " + premise + " in " + reports)
                    .evidence("No current report holds a verdict on " + premise + ": nothing to derive from.").build();
        }
        List<Premise> premises = new ArrayList<>();
        for (Errata.Row r : rows) {
            if (r.result().verdict() == h.verdict() && r.result().strength() == h.strength()) {
                premises.add(Premise.of(r.result(), r.report()));
            }
        }
        Verdict v = same ? h.verdict() : Verdict.INCONCLUSIVE;
        return ClaimResult.of(claim, "L_sigma").verdict(v, h.strength()).scope(h.scope()).premises(premises)
                .evidence(same
                        ? "Derived: the statement is Petrevski's " + premise + ", whose headline verdict is " + h.verdict() + " ("
                          + h.strength().label() + ", " + premises.size() + " premise verdicts)."
                        : "Derived from " + premise + " (" + h.verdict() + ", " + h.strength().label() + "): that claim's printed "
                          + "constants fail and its corrected form holds; Kunin et al.'s sentence (\"relate\") gives no constants of its own, so it is not checked on its own.")
                .build();
    }
}
