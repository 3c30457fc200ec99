package lae.train;

import lae.core.Verdict;

/**
 * One run's outcome under a training reading: HOLDS, FAILS or INCONCLUSIVE for that seed, and why (the figures
 * the criterion was applied to). {@link SeedVerdicts} combines the outcomes of every seed into one verdict.
 *
 * @param verdict the seed's verdict
 * @param why     the figures and the criterion's reading of them
 */
record Outcome(Verdict verdict, String why) {
    /** INCONCLUSIVE because training stopped on a non-finite value in epoch {@code nanEpoch}. */
    static Outcome stoppedOnNaN(int nanEpoch) {
        return new Outcome(Verdict.INCONCLUSIVE, "training stopped on a non-finite value in epoch " + nanEpoch);
    }
}
