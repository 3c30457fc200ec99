package lae.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import lae.core.ClaimId;
import lae.core.Reading;

/**
 * The claim catalogue {@code docs/claims.md}, written from the claim registry ({@link ClaimId}): every claim's
 * id, statement as printed, scope, the engines whose verdicts answer it, and for claim-file claims the losses
 * and formula fields with their printed defaults. Reports and the README point to it for the claim ids; a test
 * holds the committed file to what this class writes ({@code ./lae claims --docs docs}).
 */
public final class ClaimCatalogue {
    /** The file name of the catalogue. */
    public static final String FILE = "claims.md";
    /** The paper, as every report and the catalogue cite it. */
    public static final String PAPER = "Petrevski, *Regularized Linear Autoencoders and Topology of Loss Landscapes*";

    private ClaimCatalogue() {
    }

    /** The markdown of the catalogue. */
    public static String markdown() {
        CatalogueTables page = new CatalogueTables("The claims",
                "Every claim the toolkit gives a verdict on, with the id that reports use: C1..C30 are the claims of "
                + PAPER + " (statements as printed there, in the paper's notation), the others are the toolkit's own checks. "
                + "Written by `./lae claims --docs docs` from the claim registry (`lae.core.ClaimId`); do not edit by hand "
                + "(a test compares this file with what the code writes).\n\n"
                + "Scope: *every size* (only an argument covering every m, n, k proves it), *1-D* (m = n = k = 1), "
                + "*one configuration* (an experiment's: evidence elsewhere neither proves nor refutes it), *open* (a conjecture). "
                + "Engines: the verbs whose reports give the claim a verdict.",
                List.of("id", "claim", "statement", "scope", "engines", "claim files"));
        for (ClaimId c : ClaimId.values()) {
            ClaimId.Definition d = c.definition();
            page.row(d.section().heading(), List.of(c.id(), d.title(), d.statement(), scope(c), engines(c), claimFile(c)));
        }
        return page.markdown();
    }

    private static String scope(ClaimId c) {
        String extent = switch (c.definition().scope().extent()) {
            case EVERY_SIZE -> "every size";
            case ONE_DIMENSIONAL -> "1-D";
            case CONFIGURATION -> "one configuration";
            case OPEN -> "open";
        };
        String text = c.definition().scope().text();
        return text == null || text.isBlank() || text.startsWith(extent) ? (text == null || text.isBlank() ? extent : text) : extent + ": " + text;
    }

    private static String engines(ClaimId c) {
        return c.definition().engines().stream().map(e -> "`" + e.name().toLowerCase(Locale.ROOT).replace("claim_file", "check") + "`")
                .collect(Collectors.joining(", "));
    }

    private static String claimFile(ClaimId c) {
        if (!c.inClaimFiles()) {
            return "-";
        }
        List<String> parts = new ArrayList<>();
        parts.add("`[claims." + c.id() + "]`" + (c.definition().lossesChecked().isEmpty() ? "" : " on " + String.join(", ", c.definition().lossesChecked())));
        c.definition().formulas().values().forEach(f -> parts.add("`" + f.name() + "` = `" + f.printed() + "` (candidates: `" + f.candidates()
                + "`; variables " + String.join(", ", f.variables()) + ")"));
        if (c.definition().readings().size() > 1 || !c.definition().readings().isEmpty() && c.definition().readings().get(0) != Reading.AS_PRINTED) {
            parts.add("readings: " + c.definition().readings().stream().map(Reading::label).collect(Collectors.joining(", ")));
        }
        return String.join("; ", parts);
    }
}
