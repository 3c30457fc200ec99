package lae.symbolic;

import lae.core.ClaimId;
import lae.core.Reading;
import lae.core.Strength;
import lae.core.Verdict;

/**
 * One step of a proof script: a computed value compared with what a statement predicts.
 *
 * @param index          1-based position of the step in its script
 * @param claim          the claim the step is about (scripts spell its id: "C10", "engine:gradient")
 * @param reading        the reading of the claim the step is about (scripts write "C23 (l = k)"; as printed when none)
 * @param loss           "L", "L_pi", "L_sigma", "L_synthetic" or "-"
 * @param role           {@code printed} (the claim as printed: decides the claim's verdict),
 *                       {@code corrected} (a corrected statement, verified separately) or
 *                       {@code lemma} (a supporting computation)
 * @param text           the statement the step tests, in words
 * @param verdict        HOLDS when the computed value equals the expected one exactly, FAILS when
 *                       they provably differ, INCONCLUSIVE when neither could be shown
 * @param computed       the computed value (Symja input form, in full; reports shorten it)
 * @param expected       the expected value
 * @param reason         how the verdict was reached (difference simplified to 0, counterexample point, ...)
 * @param counterexample for FAILS on a symbolic identity: a rational point where the two sides differ, else null
 * @param strength       how strong the verdict is ({@link StepScope} decides): proved (covers the claim's whole scope:
 *                       the size-independent checker, or an identity in free symbols for a claim about one fixed size),
 *                       certified (exact on the stated sizes or instances), sampled (only vanished at random rational points)
 * @param scope          what the step covers: "every size m, k, n", the sizes it was checked at ("m = 2, k = 1"), or
 *                       empty (a certified step whose instance is the one its statement names)
 * @param millis         time to judge the step (the computation before it is timed per statement)
 */
public record ProofStep(int index, ClaimId claim, Reading reading, String loss, String role, String text, Verdict verdict,
                        String computed, String expected, String reason, String counterexample, Strength strength, String scope, long millis) {

    public boolean isPrinted() {
        return "printed".equals(role);
    }

    /** The computed value shortened for display. */
    public String computedShort() {
        return StepJudge.shorten(computed, 400);
    }

    /** The expected value shortened for display. */
    public String expectedShort() {
        return StepJudge.shorten(expected, 400);
    }

    public boolean isCorrected() {
        return "corrected".equals(role);
    }
}
