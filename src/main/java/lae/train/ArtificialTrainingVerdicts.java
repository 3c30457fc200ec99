package lae.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Tolerance;
import lae.core.Verdict;
import lae.model.LossKind;
import lae.numeric.HessianInertia;
import lae.numeric.Schedule;

/**
 * The training reading of C27, C28 and C29 on Section 4.2's data (strength observed): what Adam did under one
 * schedule, judged seed by seed by the criteria of {@link #criteria} (each with the commit that set it: {@link CriteriaHistory}) and combined by
 * {@link SeedVerdicts}. C27 and C28: Adam reaches the claimed minimum ({@link #reaches}); C29: the asymmetry
 * ||W1 - W2^T|| vanishes, or not, at the end of training ({@link #transpose}). A run that has not reached a
 * neighbourhood of a critical point is INCONCLUSIVE with the reason, never FAILS.
 */
final class ArtificialTrainingVerdicts {
    private static final int K = ArtificialSetup.K;

    private ArtificialTrainingVerdicts() {
    }

    /** The training verdicts of the runs under {@code kind}, claim by claim. */
    static List<ClaimResult> verdicts(List<ArtificialRun> runs, int m0, Schedule.Kind kind) {
        String s = kind.cliName();
        List<ArtificialRun> sigma = ArtificialRun.select(runs, LossKind.L_SIGMA, 0);
        List<ClaimResult> out = new ArrayList<>();
        out.add(combine(ClaimId.C27, "L, " + s, ArtificialRun.select(runs, LossKind.L, 0), r -> reaches(r, K, false),
                "Adam reaches the minimum U_k U_k^T with U* = V*"));
        out.add(combine(ClaimId.C27, "L_pi, " + s, ArtificialRun.select(runs, LossKind.L_PI, 0), r -> reaches(r, K, true),
                "Adam reaches the minimum of L_pi, U* = V*, and recovers the k left singular vectors of X"));
        out.add(combine(ClaimId.C27, "L_sigma, " + s, sigma, r -> reaches(r, m0, false),
                "Adam ends at the rank-m0 minimum (m0 = " + m0 + "): the last k - m0 = " + (K - m0) + " singular directions of W2 W1 are noise"));
        out.add(combine(ClaimId.C28, "L_synthetic(w_sigma=0.5), " + s, ArtificialRun.select(runs, LossKind.SYNTHETIC, 0.5),
                r -> reaches(r, K, true), "Adam reaches a rank-k minimum like L_pi: U* = V* and the k principal directions recovered"));
        out.add(combine(ClaimId.C29, "L_sigma, " + s, sigma, r -> transpose(r, true),
                "Figure 4's reference curve: ||W1 - W2^T|| vanishes at the end of training"));
        for (double w : ArtificialSetup.W_SIGMAS) {
            boolean sym = ArtificialLandscapeVerdicts.printedSymmetric(w);
            out.add(combine(ClaimId.C29, "L_synthetic(w_sigma=" + Numbers.general(w) + "), " + s,
                    ArtificialRun.select(runs, LossKind.SYNTHETIC, w), r -> transpose(r, sym),
                    "Figure 4: ||W1 - W2^T|| " + (sym ? "vanishes" : "does not vanish") + " at the end of training"));
        }
        return out;
    }

    private static ClaimResult combine(ClaimId claim, String loss, List<ArtificialRun> runs, Function<ArtificialRun, Outcome> judge,
                                       String statement) {
        ArtificialRun first = runs.get(0);
        return SeedVerdicts.combine(claim, loss, runs, judge, r -> claim == ClaimId.C29 ? r.relAsym() : r.distToMin(), statement,
                ", " + first.result().epochsCompleted() + " epochs, " + first.schedule());
    }

    /** Reaches the Table-1 minimum of rank {@code rank} (with U* = V*, and the directions when asked), judged at the trained point. */
    static Outcome reaches(ArtificialRun r, int rank, boolean directions) {
        if (r.result().stoppedOnNaN()) {
            return Outcome.stoppedOnNaN(r.result().nanEpoch());
        }
        boolean ok = r.distToMin() <= Tolerance.REACHES_MINIMUM.value() && r.rank() == rank && r.minDiagVu() >= Tolerance.DIRECTION_COSINE.value()
                && (!directions || r.recovered() == K);
        String nums = "distance to the minimum " + Numbers.sci(r.distToMin()) + ", rank " + r.rank() + ", min |(V*^T U*)_ii| "
                + Numbers.fixed(r.minDiagVu(), 4) + ", directions recovered " + r.recovered() + "/" + K;
        if (ok) {
            return new Outcome(Verdict.HOLDS, nums);
        }
        if (!r.near()) {
            return new Outcome(Verdict.INCONCLUSIVE, "not in a neighbourhood of a critical point: " + nearReason(r) + "; " + nums);
        }
        HessianInertia h = r.inertia();
        boolean claimedMinimum = h.decided() && h.negative() == 0 && r.criticalDistToMin() <= Tolerance.SAME_POINT.value() && r.criticalRank() == rank;
        if (claimedMinimum) {
            return new Outcome(Verdict.INCONCLUSIVE, "in the neighbourhood of the claimed minimum (Newton from the trained point "
                    + "lands on it, moving " + Numbers.sci(r.moved()) + ") but not yet within the criteria: " + nums);
        }
        return new Outcome(Verdict.FAILS, nums + "; the critical point nearby (moved " + Numbers.sci(r.moved()) + ") is not the "
                + "claimed minimum: inertia " + Analysis.describe(h) + ", W2 W1 at relative distance "
                + Numbers.sci(r.criticalDistToMin()) + " from it, rank " + r.criticalRank());
    }

    private static String nearReason(ArtificialRun r) {
        return r.newtonReason() != null ? "Newton from the trained point did not converge (" + r.newtonReason() + ")"
                : "the critical point Newton reaches is " + Numbers.sci(r.moved()) + " away (relative), more than " + Tolerance.NEAR_CRITICAL.value();
    }

    /**
     * Is the trained point symmetric? It is when its relative asymmetry is at most Tolerance.POLISHED_SYMMETRIC
     * (Figure 4's curve has vanished). With q the critical point at distance D = ||q - p|| from the trained
     * point p, |asym(p) - asym(q)| &lt;= sqrt(2) D (triangle inequality on W1 - W2^T), so an asymmetry above
     * sqrt(2) D / ||p|| + Tolerance.POLISHED_SYMMETRIC shows that the critical point nearby is asymmetric too; one
     * between the two is no more than the run's distance from a symmetric critical point: Adam has not converged
     * far enough to tell (INCONCLUSIVE), as is a run not near any critical point.
     */
    static Outcome transpose(ArtificialRun r, boolean claimedSymmetric) {
        if (r.result().stoppedOnNaN()) {
            return Outcome.stoppedOnNaN(r.result().nanEpoch());
        }
        String nums = "relative asymmetry ||W1 - W2^T|| / ||(W1, W2)|| = " + Numbers.sci(r.relAsym()) + " at epoch "
                + r.result().epochsCompleted();
        if (!r.near()) {
            return new Outcome(Verdict.INCONCLUSIVE, "not in a neighbourhood of a critical point: " + nearReason(r) + "; " + nums);
        }
        double resolution = Math.sqrt(2) * r.moved() * (1 + r.point().norm()) / r.point().norm() + Tolerance.POLISHED_SYMMETRIC.value();
        String res = nums + ", resolution sqrt(2) x distance to the critical point nearby = " + Numbers.sci(resolution)
                + ", that critical point's relative asymmetry " + Numbers.sci(r.criticalRelAsym());
        if (r.relAsym() <= Tolerance.POLISHED_SYMMETRIC.value()) {
            return new Outcome(claimedSymmetric ? Verdict.HOLDS : Verdict.FAILS, "vanished (<= "
                    + Numbers.sci(Tolerance.POLISHED_SYMMETRIC.value(), 0) + "): " + res);
        }
        if (r.relAsym() > resolution) {
            return new Outcome(claimedSymmetric ? Verdict.FAILS : Verdict.HOLDS, "asymmetric beyond the run's resolution: " + res);
        }
        return new Outcome(Verdict.INCONCLUSIVE, "not vanished, but no larger than the run's distance from the critical point "
                + "nearby allows: Adam has not converged far enough to tell: " + res);
    }

    /** The tolerances of the criteria, for the report's JSON. */
    static Map<String, Object> tolerances() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("distance_tol", Tolerance.REACHES_MINIMUM.value());
        c.put("cos_tol", Tolerance.DIRECTION_COSINE.value());
        c.put("rank_tol", Tolerance.HEATMAP_RANK.value());
        c.put("near_max", Tolerance.NEAR_CRITICAL.value());
        c.put("symmetric_tol", Tolerance.POLISHED_SYMMETRIC.value());
        c.put("same_point_tol", Tolerance.SAME_POINT.value());
        return c;
    }

    /** The training criteria, as the report prints them. */
    static List<Criterion> criteria() {
        return List.of(
                new Criterion("artificial.reaches-minimum", "*Reaches the minimum* (training): ||W2 W1 - W_min||_F / ||W_min||_F <= " + Numbers.general(Tolerance.REACHES_MINIMUM.value())
                        + " (Figure 3's colour resolution), rank(W2 W1) as expected (singular values above " + Numbers.general(Tolerance.HEATMAP_RANK.value())
                        + " x the largest), |(V*^T U*)_ii| >= " + Tolerance.DIRECTION_COSINE.value() + " up to the rank, and for L_pi and the synthetic loss "
                        + "|cos(u_i, u*_i)| > " + Tolerance.DIRECTION_COSINE.value() + " for all k directions. W_min: Table 1 with I = {1..k} (L, L_pi), "
                        + "I = {1..m0} (L_sigma); for the synthetic loss the transpose-symmetric point U_k diag((s^2 - lambda_sigma)/(s^2 + lambda_pi)) U_k^T."),
                new Criterion("artificial.near-critical-point", "*Near a critical point*: Newton (Levenberg-Marquardt) from the trained point converges (||grad|| <= 1e-11 (1 + ||C||)) "
                        + "within relative distance " + Tolerance.NEAR_CRITICAL.value() + " (measured on W2 W1 for L, where Newton moves along the GL_k orbit). "
                        + "A run that misses a training criterion and is not near a critical point is INCONCLUSIVE, not FAILS."),
                new Criterion("artificial.missed-minimum", "*Reaches the minimum*, when missed: a run near a critical point that is not the claimed minimum FAILS; a run whose "
                        + "Newton point is the claimed minimum but that is not yet within the criteria is INCONCLUSIVE (not converged)."),
                new Criterion("artificial.transpose-property", "*Transpose property* (training): the relative asymmetry ||W1 - W2^T||_F / ||(W1, W2)||_F at the end of training has "
                        + "vanished when <= " + Numbers.sci(Tolerance.POLISHED_SYMMETRIC.value(), 0) + " (Figure 4's curves fall to ~1e-30 when they vanish); it is "
                        + "asymmetric when above the run's resolution sqrt(2) D / ||(W1, W2)|| + " + Numbers.sci(Tolerance.POLISHED_SYMMETRIC.value(), 0) + ", D the "
                        + "distance to the critical point nearby (triangle inequality: a symmetric critical point within D allows at most "
                        + "that asymmetry); in between, Adam has not converged far enough to tell (INCONCLUSIVE)."));
    }
}
