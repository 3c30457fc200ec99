package lae.train;

import java.util.ArrayList;
import java.util.List;

import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Reading;
import lae.core.Strength;
import lae.core.Tolerance;
import lae.core.Verdict;
import lae.model.LossKind;
import lae.numeric.HessianInertia;

/**
 * The landscape reading of C27, C28 and C29 on Section 4.2's data (strength sampled): the claims judged on
 * the critical points Newton reaches from every trained point (all schedules and seeds), with their Hessian
 * inertia. Critical points that no run came near are not seen.
 * <ul>
 *   <li>C27 (L, L_pi, L_sigma) and C28 (the synthetic loss at w_sigma = 0.5): every decided minimum among them is
 *       the claimed minimum ({@link ArtificialMinimum}, with U* = V*, and the principal directions for L_pi and
 *       the synthetic loss);</li>
 *   <li>C27's count for L_sigma: every critical point has at least (k - m0)(m - m0) descending directions;</li>
 *   <li>C29: W1 = W2^T at every critical point of L_sigma and of the synthetic loss at w_sigma = 0.5 and 0.05, and
 *       not at w_sigma = 0.005 ({@link #printedSymmetric}).</li>
 * </ul>
 */
final class ArtificialLandscapeVerdicts {
    private static final int K = ArtificialSetup.K;

    private ArtificialLandscapeVerdicts() {
    }

    /** C29 as printed (Figure 4): the transpose property holds for the synthetic loss at w_sigma &gt;= 0.05, not below. */
    static boolean printedSymmetric(double wSigma) {
        return wSigma >= 0.05;
    }

    /** The landscape verdicts, claim by claim, from every run. */
    static List<ClaimResult> verdicts(List<ArtificialRun> runs, int m0) {
        List<ArtificialRun> sigma = ArtificialRun.select(runs, LossKind.L_SIGMA, 0);
        List<ClaimResult> out = new ArrayList<>();
        out.add(minimum(ClaimId.C27, "L", ArtificialRun.select(runs, LossKind.L, 0), false, K));
        out.add(minimum(ClaimId.C27, "L_pi", ArtificialRun.select(runs, LossKind.L_PI, 0), true, K));
        out.add(minimum(ClaimId.C27, "L_sigma", sigma, false, m0));
        out.add(descending(sigma, m0));
        out.add(minimum(ClaimId.C28, "L_synthetic(w_sigma=0.5)", ArtificialRun.select(runs, LossKind.SYNTHETIC, 0.5), true, K));
        out.add(transpose("L_sigma", sigma, true));
        for (double w : ArtificialSetup.W_SIGMAS) {
            out.add(transpose("L_synthetic(w_sigma=" + Numbers.general(w) + ")", ArtificialRun.select(runs, LossKind.SYNTHETIC, w),
                    printedSymmetric(w)));
        }
        return out;
    }

    /**
     * "The minimum is the Table-1 point of rank {@code rank} with U* = V*" (and the principal directions
     * recovered when {@code directions}): every decided minimum among the polished points must be it.
     */
    static ClaimResult minimum(ClaimId claim, String loss, List<ArtificialRun> runs, boolean directions, int rank) {
        int critical = 0;
        int minima = 0;
        int other = 0;
        String witness = null;
        double worst = 0;
        for (ArtificialRun r : runs) {
            if (r.critical() == null) {
                continue;
            }
            critical++;
            HessianInertia h = r.inertia();
            if (!h.decided() || h.negative() > 0) {
                continue;
            }
            minima++;
            worst = Math.max(worst, r.criticalDistToMin());
            if (!(r.criticalDistToMin() <= Tolerance.SAME_POINT.value()) || r.criticalRank() != rank) {
                other++;
                if (witness == null) {
                    witness = r.schedule() + " seed " + r.cfg().seed() + ": a minimum (inertia " + Analysis.describe(h)
                            + ") at relative distance " + Numbers.sci(r.criticalDistToMin()) + " from "
                            + ArtificialMinimum.name(r.cfg().loss()) + ", rank " + r.criticalRank();
                }
            }
        }
        String what = ArtificialMinimum.name(runs.get(0).cfg().loss())
                + (rank < K ? " (rank " + rank + " < k = " + K + ": no rank-k minimum)" : "")
                + (directions ? "; its U* are the left singular vectors of X" : "") + "; U* = V* there";
        Verdict v = minima == 0 ? Verdict.INCONCLUSIVE : other > 0 ? Verdict.FAILS : Verdict.HOLDS;
        String ev = "Newton from each of the " + runs.size() + " trained points (all schedules and seeds) converged in " + critical
                + "; " + minima + " of these critical points are minima with decided inertia (no negative Hessian eigenvalue, "
                + "EJML and Hipparchus agree, margin >= 1e3), and " + (minima - other) + " of them are " + what
                + " (W2 W1 within " + Numbers.sci(Tolerance.SAME_POINT.value(), 0) + "; worst " + Numbers.sci(worst) + ")"
                + (minima == 0 ? ": no decided minimum to judge" : "") + ". Sampled: minima no run reached are not seen.";
        return ClaimResult.of(claim, loss)
                .reading(Reading.LANDSCAPE)
                .verdict(v, Strength.SAMPLED).atClaimConfiguration(null)
                .cases(minima, other)
                .worstResidual(worst)
                .counterexample(witness)
                .evidence(ev).build();
    }

    /** C27's count for L_sigma: every critical point has at least (k - m0)(m - m0) descending directions. */
    static ClaimResult descending(List<ArtificialRun> runs, int m0) {
        int claimed = (K - m0) * (ArtificialSetup.M - m0);
        int decided = 0;
        int below = 0;
        String witness = null;
        double fewest = Double.NaN;
        for (ArtificialRun r : runs) {
            if (r.critical() == null || !r.inertia().decided()) {
                continue;
            }
            decided++;
            int neg = r.inertia().negative();
            fewest = Double.isNaN(fewest) ? neg : Math.min(fewest, neg);
            if (neg < claimed) {
                below++;
                if (witness == null) {
                    witness = "L_sigma, m=20, n=30, k=8, lambda=10, m0=" + m0 + " (" + r.schedule() + " seed " + r.cfg().seed()
                            + "): the critical point Newton reaches from the trained point (gradient norm "
                            + Numbers.sci(r.criticalGrad()) + ", W2 W1 at relative distance " + Numbers.sci(r.criticalDistToMin())
                            + " from the Table-1 point I = {1.." + m0 + "}) has " + neg + " negative eigenvalues, claimed >= " + claimed;
                }
            }
        }
        Verdict v = decided == 0 ? Verdict.INCONCLUSIVE : below > 0 ? Verdict.FAILS : Verdict.HOLDS;
        String ev = "printed: every critical point of L_sigma has at least (k - m0)(m - m0) = " + claimed
                + " descending directions. Of " + decided + " critical points with decided inertia, " + below
                + " have fewer (fewest: " + Numbers.general(fewest) + "). Along an unused latent coordinate and a direction u_j "
                + "(j > m0) the second variation at I = {1..m0} is lambda - s_j^2 > 0, so the rank-m0 point is a minimum: "
                + "(k - l)(m - l) counts descending directions of L and L_pi, not of L_sigma when s_j^2 < lambda";
        return ClaimResult.of(ClaimId.C27, "L_sigma")
                .reading(Reading.LANDSCAPE)
                .verdict(v, Strength.SAMPLED).atClaimConfiguration(null)
                .cases(decided, below)
                .worstResidual(Double.isNaN(fewest) ? Double.NaN : fewest)
                .counterexample(witness)
                .evidence(ev).build();
    }

    /** C29 at the critical points: W1 = W2^T (claimed for L_sigma, w_sigma = 0.5, 0.05) or not (w_sigma = 0.005). */
    static ClaimResult transpose(String loss, List<ArtificialRun> runs, boolean claimedSymmetric) {
        int critical = 0;
        int symmetric = 0;
        double worst = 0;
        String witness = null;
        for (ArtificialRun r : runs) {
            if (r.critical() == null) {
                continue;
            }
            critical++;
            worst = Math.max(worst, r.criticalRelAsym());
            if (r.criticalRelAsym() <= Tolerance.POLISHED_SYMMETRIC.value()) {
                symmetric++;
            } else if (witness == null) {
                witness = r.schedule() + " seed " + r.cfg().seed() + ": critical point (gradient norm " + Numbers.sci(r.criticalGrad())
                        + ") with ||W1 - W2^T|| / ||(W1, W2)|| = " + Numbers.sci(r.criticalRelAsym());
            }
        }
        int asymmetric = critical - symmetric;
        Verdict v;
        if (critical == 0) {
            v = Verdict.INCONCLUSIVE;
        } else if (claimedSymmetric) {
            v = asymmetric == 0 ? Verdict.HOLDS : Verdict.FAILS;
        } else {
            v = asymmetric > 0 ? Verdict.HOLDS : Verdict.FAILS;
        }
        String ev = "printed: the transpose property " + (claimedSymmetric ? "holds" : "fails") + " for " + loss
                + ". Newton from " + runs.size() + " trained points converged in " + critical + "; " + symmetric
                + " of those critical points have W1 = W2^T (relative asymmetry <= " + Numbers.sci(Tolerance.POLISHED_SYMMETRIC.value(), 0) + "), "
                + asymmetric + " do not (largest " + Numbers.sci(worst) + "). Sampled: critical points that no run came near are not seen";
        int failed = claimedSymmetric ? asymmetric : symmetric;
        return ClaimResult.of(ClaimId.C29, loss)
                .reading(Reading.LANDSCAPE)
                .verdict(v, Strength.SAMPLED).atClaimConfiguration(null)
                .cases(critical, critical == 0 ? 0 : failed)
                .worstResidual(worst)
                .counterexample(v == Verdict.FAILS ? (claimedSymmetric ? witness : "every critical point found is symmetric (largest relative asymmetry "
                        + Numbers.sci(worst) + ")") : null)
                .evidence(ev).build();
    }

    /** The landscape criterion, as the report prints it. */
    static Criterion criterion() {
        return new Criterion("artificial.landscape", "*Landscape*: at each converged Newton point, Hessian inertia by lae.numeric.HessianInertia (EJML and Hipparchus "
                + "on the exact blocks, |e| <= 1e-8 max|e| counts as zero, decided only when both agree with margin >= 1e3); "
                + "W1 = W2^T when the relative asymmetry is <= " + Numbers.sci(Tolerance.POLISHED_SYMMETRIC.value(), 0) + "; the same point as the Table-1 "
                + "minimum when W2 W1 is within " + Numbers.sci(Tolerance.SAME_POINT.value(), 0) + ".");
    }
}
