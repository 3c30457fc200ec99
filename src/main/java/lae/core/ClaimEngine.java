package lae.core;

/** The engines whose verdicts answer a claim ({@link ClaimId.Definition#engines()}). */
public enum ClaimEngine {
    /** {@code ./lae check}: a claim file's Table-1 points, Hessians and Newton runs. */
    CLAIM_FILE,
    /** {@code ./lae prove}: a Symja proof script. */
    PROOF,
    /** {@code ./lae census}: every component by Hessian blocks. */
    CENSUS,
    /** {@code ./lae topology}: closed-form census and the Morse-Bott test. */
    TOPOLOGY,
    /** {@code ./lae explore}: the synthetic loss. */
    EXPLORE,
    /** {@code ./lae train}: the Section 4 experiments. */
    TRAIN,
    /** {@code ./lae algebra}: the critical variety through Singular. */
    ALGEBRA
}
