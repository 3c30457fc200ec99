package lae.check;

/**
 * The verdict on one claim for one loss, with its evidence: one row of a report and one element of
 * the "results" array of its JSON (schema in README.md).
 *
 * @param claim          claim id as in claims.md, e.g. "C17"
 * @param loss           "L", "L_pi", "L_sigma", "L_synthetic" or "-" when the claim is not about one loss
 * @param verdict        HOLDS, FAILS or INCONCLUSIVE
 * @param casesChecked   how many cases were computed
 * @param casesFailed    how many contradicted the claim
 * @param worstResidual  the largest residual over the cases (its meaning is in {@code evidence}); NaN if none
 * @param counterexample the smallest failing case, or null
 * @param corrected      a corrected statement that was verified separately, or null
 * @param evidence       one or two sentences: what was computed, on which sizes, and why this verdict
 */
public record ClaimResult(String claim, String loss, Verdict verdict, int casesChecked, int casesFailed,
                          double worstResidual, String counterexample, String corrected, String evidence) {
}
