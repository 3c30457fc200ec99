package lae.algebra;

import lae.core.Reading;
import lae.core.ClaimId;
import java.util.Objects;

import lae.core.ClaimResult;
import lae.core.Strength;
import lae.core.Verdict;

/**
 * One verdict of the exact-algebra engine, with its scope: "general", or the configuration it covers
 * ("m = 3, n = 4, k = 2, s = (3, 2, 1), lambda = 3"). Until {@link ClaimResult} carries a scope,
 * {@link #toClaimResult} makes the report's verdict row of it.
 *
 * @param claim          the claim
 * @param loss           the loss, e.g. "L_sigma" or "L_synthetic(1/200)"
 * @param reading        as printed, or landscape
 * @param verdict        HOLDS, FAILS or INCONCLUSIVE
 * @param strength       certified, or none (nothing could be computed)
 * @param scope          what the verdict covers
 * @param casesChecked   components examined
 * @param casesFailed    components that contradict the claim
 * @param counterexample the counterexample, or null
 * @param corrected      a corrected statement verified by the same computation, or null
 * @param evidence       what was computed and why this verdict
 */
public record AlgebraVerdict(ClaimId claim, String loss, Reading reading, Verdict verdict, Strength strength, String scope, int casesChecked,
                             int casesFailed, String counterexample, String corrected, String evidence) {
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
        return ClaimResult.of(claim, loss).reading(reading).verdict(verdict, strength).scope(scope)
                .cases(casesChecked, casesFailed).counterexample(counterexample).corrected(corrected).evidence(evidence).build();
    }
}
