package lae.core;

/**
 * A verdict that a derived verdict rests on: the claim, the loss and reading it was given for, its verdict, strength
 * and scope, and the report that holds it. A derived verdict is never stronger than its weakest premise, nor wider in
 * scope than its narrowest.
 *
 * @param claim    the premise's claim
 * @param loss     its loss ("-" when not about one loss)
 * @param verdict  its verdict
 * @param strength its strength
 * @param scope    its scope
 * @param report   the report that holds it (its path under reports/, without extension)
 */
public record Premise(ClaimId claim, String loss, Verdict verdict, Strength strength, String scope, String report) {
    /** The premise of the verdict {@code r} found in {@code report}. */
    public static Premise of(ClaimResult r, String report) {
        return new Premise(r.claim(), r.loss(), r.verdict(), r.strength(), r.scope(), report);
    }
}
