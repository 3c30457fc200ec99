package lae.algebra;

import java.util.Objects;

import lae.core.ClaimResult;
import lae.core.Strength;
import lae.core.Verdict;

/**
 * One verdict of the exact-algebra engine, with its scope: "general", or the configuration it covers
 * ("m = 3, n = 4, k = 2, s = (3, 2, 1), lambda = 3"). Until {@link ClaimResult} carries a scope,
 * {@link #toClaimResult} appends it to the evidence. The claim ids ({@link ClaimIds}) and the readings are plain strings here,
 * turned into the report's types in {@link #toClaimResult} alone.
 *
 * @param claim          claim id ({@link ClaimIds})
 * @param loss           the loss, e.g. "L_sigma" or "L_synthetic(1/200)"
 * @param reading        "-" (as printed) or "landscape"
 * @param verdict        HOLDS, FAILS or INCONCLUSIVE
 * @param strength       certified, or none (nothing could be computed)
 * @param scope          what the verdict covers
 * @param casesChecked   components examined
 * @param casesFailed    components that contradict the claim
 * @param counterexample the counterexample, or null
 * @param corrected      a corrected statement verified by the same computation, or null
 * @param evidence       what was computed and why this verdict
 */
public record AlgebraVerdict(String claim, String loss, String reading, Verdict verdict, Strength strength, String scope, int casesChecked,
                             int casesFailed, String counterexample, String corrected, String evidence) {
    /** The reading of a verdict on the claim as printed. */
    public static final String AS_PRINTED = "-";
    /** The reading of a verdict on what the critical points are. */
    public static final String LANDSCAPE = "landscape";

    public AlgebraVerdict {
        Objects.requireNonNull(claim);
        Objects.requireNonNull(loss);
        Objects.requireNonNull(reading);
        Objects.requireNonNull(verdict);
        Objects.requireNonNull(strength);
        Objects.requireNonNull(scope);
        Objects.requireNonNull(evidence);
    }

    /** The report row: the scope goes into the evidence ("... Scope: m = 3, ..."). */
    public ClaimResult toClaimResult() {
        return new ClaimResult(claim, loss, reading, verdict, strength, casesChecked, casesFailed, Double.NaN, counterexample, corrected,
                evidence + " Scope: " + scope + ".");
    }
}
