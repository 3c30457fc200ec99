package lae.core;

import java.util.Objects;

/**
 * The verdict on one claim for one loss, with its evidence and its strength: one row of a report and
 * one element of the "results" array of its JSON (schema in README.md).
 *
 * @param claim          claim id as in claims.md, e.g. "C17", or a toolkit claim such as "MB-C17"
 * @param loss           "L", "L_pi", "L_sigma", "L_synthetic" or "-" when the claim is not about one loss
 * @param reading        which reading of the claim this verdict answers: "-" (the claim as printed),
 *                       "landscape" (what the critical points are) or "training" (what an optimiser did)
 * @param verdict        HOLDS, FAILS or INCONCLUSIVE
 * @param strength       how the verdict was obtained (proved, certified, exhaustive, sampled, observed)
 * @param casesChecked   how many cases were computed
 * @param casesFailed    how many contradicted the claim
 * @param worstResidual  the largest residual over the cases (its meaning is in {@code evidence}); NaN if none
 * @param counterexample the smallest failing case, or null
 * @param corrected      a corrected statement that was verified separately, or null
 * @param evidence       one or two sentences: what was computed, on which sizes, and why this verdict
 */
public record ClaimResult(String claim, String loss, String reading, Verdict verdict, Strength strength,
                          int casesChecked, int casesFailed, double worstResidual, String counterexample,
                          String corrected, String evidence) {

    public static final String AS_PRINTED = "-";
    public static final String LANDSCAPE = "landscape";
    public static final String TRAINING = "training";

    public ClaimResult {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** A verdict on the claim as printed (reading "-"). */
    public ClaimResult(String claim, String loss, Verdict verdict, Strength strength, int casesChecked, int casesFailed,
                       double worstResidual, String counterexample, String corrected, String evidence) {
        this(claim, loss, AS_PRINTED, verdict, strength, casesChecked, casesFailed, worstResidual, counterexample, corrected, evidence);
    }

    /** The same verdict under another reading ("landscape" or "training"). */
    public ClaimResult withReading(String newReading) {
        return new ClaimResult(claim, loss, newReading, verdict, strength, casesChecked, casesFailed, worstResidual,
                counterexample, corrected, evidence);
    }

    /** "HOLDS (sampled)": the verdict with its strength, the way every report shows it. */
    public String verdictWithStrength() {
        return verdict + " (" + strength.label() + ")";
    }
}
