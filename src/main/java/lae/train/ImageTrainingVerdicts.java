package lae.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Reading;
import lae.core.Strength;
import lae.core.Tolerance;
import lae.core.Verdict;
import lae.numeric.Schedule;

/**
 * The training reading of C25 and C26 on the image data (strength observed), per schedule, by criteria fixed
 * before the runs ({@link #criteria}). C25: the left singular vectors of W2 match the top-9 principal directions
 * ({@link #directions}, per direction as far as the run resolves it, by Wedin's bound) and the k = 2 embeddings
 * match PCA's up to an orthogonal map ({@link #embedding}); combined over seeds by {@link SeedVerdicts}. C26:
 * every seed approximates PCA better at lambda = 15 than at lambda = 5 ({@link #c26}). A run not near a critical
 * point is INCONCLUSIVE, never FAILS.
 */
final class ImageTrainingVerdicts {
    /** sin of the largest angle Tolerance.DIRECTION_COSINE allows: a direction whose Wedin bound is at least this cannot be judged. */
    static final double SIN_TOL = Math.sqrt(1 - Tolerance.DIRECTION_COSINE.value() * Tolerance.DIRECTION_COSINE.value());

    private ImageTrainingVerdicts() {
    }

    /** The training verdicts of the data set's claim under {@code kind}, from the runs of every schedule. */
    static List<ClaimResult> verdicts(ImageSetup s, List<ImageRun> runs, Schedule.Kind kind) {
        if (s.claim() == ClaimId.C25) {
            String sc = kind.cliName();
            return List.of(
                    SeedVerdicts.combine(ClaimId.C25, "L_sigma k=9, " + sc, select(runs, kind, 9), ImageTrainingVerdicts::directions,
                            r -> 1 - SeedSpread.min(r.absCos()),
                            "the left singular vectors of W2 match the top-9 principal directions up to sign", ""),
                    SeedVerdicts.combine(ClaimId.C25, "L_sigma k=2, " + sc, select(runs, kind, 2), ImageTrainingVerdicts::embedding,
                            ImageRun::procrustes,
                            "the k = 2 embeddings W1 x match PCA's (u_1 . x, u_2 . x) up to rotation and reflection", ""));
        }
        return List.of(c26(runs.stream().filter(r -> r.schedule() == kind).toList(), kind, s));
    }

    /** The runs under {@code kind} at latent dimension k, in their order. */
    static List<ImageRun> select(List<ImageRun> runs, Schedule.Kind kind, int k) {
        return runs.stream().filter(r -> r.schedule() == kind && r.k() == k).toList();
    }

    /** Per seed: is the run near the minimum (bound s_1(W2) &lt; 1 and distance), and do the resolvable directions match? */
    static Outcome directions(ImageRun r) {
        String nums = "s_1(W2) = " + Numbers.fixed(r.sW2()[0], 4) + ", distance to the minimum's component "
                + Numbers.sci(r.distance()) + ", |cos| = " + SeedSpread.list(r.absCos(), 3) + ", principal-angle cosines "
                + SeedSpread.list(r.principalCos(), 3);
        if (r.result().stoppedOnNaN()) {
            return Outcome.stoppedOnNaN(r.result().nanEpoch());
        }
        if (!r.boundOk()) {
            return new Outcome(Verdict.INCONCLUSIVE, "not in a neighbourhood of any critical point: s_1(W2) = "
                    + Numbers.fixed(r.sW2()[0], 4) + " >= 1, while every critical point of L_sigma has s_i(W2) = "
                    + "(1 - lambda_eff/s_i^2)^(1/2) < 1; " + nums);
        }
        if (r.distance() > Tolerance.NEAR_CRITICAL.value()) {
            return new Outcome(Verdict.INCONCLUSIVE, "not within " + Tolerance.NEAR_CRITICAL.value() + " of the minimum's component "
                    + "(nearness to other components is not computed at this size); " + nums);
        }
        List<Integer> failed = new ArrayList<>();
        List<Integer> unresolved = new ArrayList<>();
        for (int i = 0; i < r.k(); i++) {
            if (r.absCos()[i] >= Tolerance.DIRECTION_COSINE.value()) {
                continue;
            }
            if (r.wedin()[i] < SIN_TOL) {
                failed.add(i + 1);
            } else {
                unresolved.add(i + 1);
            }
        }
        if (!failed.isEmpty()) {
            return new Outcome(Verdict.FAILS, "directions " + failed + " miss |cos| >= " + Tolerance.DIRECTION_COSINE.value()
                    + " although the run is close enough to resolve them (Wedin bound < " + Numbers.fixed(SIN_TOL, 3) + "); " + nums);
        }
        if (!unresolved.isEmpty()) {
            return new Outcome(Verdict.INCONCLUSIVE, "directions " + unresolved + " miss |cos| >= " + Tolerance.DIRECTION_COSINE.value()
                    + " but the run's distance from the minimum over the gap between their compressions allows that much "
                    + "rotation (Wedin bound >= " + Numbers.fixed(SIN_TOL, 3) + "); " + nums);
        }
        return new Outcome(Verdict.HOLDS, "all " + r.k() + " directions |cos| >= " + Tolerance.DIRECTION_COSINE.value() + "; " + nums);
    }

    /** Per seed: the k = 2 embedding matches PCA's within the Procrustes tolerance, judged only near the minimum. */
    static Outcome embedding(ImageRun r) {
        String nums = "Procrustes residual " + Numbers.fixed(r.procrustes(), 4) + ", s_1(W2) = " + Numbers.fixed(r.sW2()[0], 4)
                + ", distance to the minimum's component " + Numbers.sci(r.distance());
        if (r.result().stoppedOnNaN()) {
            return Outcome.stoppedOnNaN(r.result().nanEpoch());
        }
        if (r.procrustes() <= Tolerance.PROCRUSTES.value()) {
            return new Outcome(Verdict.HOLDS, nums);
        }
        if (!r.boundOk() || r.distance() > Tolerance.NEAR_CRITICAL.value()) {
            return new Outcome(Verdict.INCONCLUSIVE, "not in a neighbourhood of the minimum ("
                    + (!r.boundOk() ? "s_1(W2) >= 1 bounds every critical point" : "distance above " + Tolerance.NEAR_CRITICAL.value()) + "); " + nums);
        }
        return new Outcome(Verdict.FAILS, nums);
    }

    /**
     * C26 under one schedule: per seed, the mean |cos| is higher at lambda = 15 than at lambda = 5 and some of the
     * later half of the directions miss the direction tolerance at lambda = 5 (as Figure 2 is described).
     */
    static ClaimResult c26(List<ImageRun> runs, Schedule.Kind kind, ImageSetup s) {
        int failed = 0;
        StringBuilder per = new StringBuilder();
        String counter = null;
        int half = s.k() / 2;
        List<Long> seeds = runs.stream().map(ImageRun::seed).distinct().toList();
        for (long seed : seeds) {
            ImageRun lo = runs.stream().filter(r -> r.seed() == seed && r.lambda() == s.lambdas()[0]).findFirst().orElseThrow();
            ImageRun hi = runs.stream().filter(r -> r.seed() == seed && r.lambda() == s.lambdas()[1]).findFirst().orElseThrow();
            boolean laterDisagree = false;
            for (int i = half; i < s.k(); i++) {
                laterDisagree |= lo.absCos()[i] < Tolerance.DIRECTION_COSINE.value();
            }
            double meanLo = SeedSpread.mean(lo.absCos());
            double meanHi = SeedSpread.mean(hi.absCos());
            boolean ok = meanHi > meanLo && laterDisagree;
            per.append(per.length() == 0 ? "" : "; ").append("seed ").append(seed).append(": mean |cos| lambda 5 ")
                    .append(Numbers.fixed(meanLo, 4)).append(", lambda 15 ").append(Numbers.fixed(meanHi, 4))
                    .append(ok ? " (as claimed)" : " (not as claimed)");
            if (!ok) {
                failed++;
                if (counter == null) {
                    counter = kind.cliName() + " seed " + seed + ": |cos| lambda 5 " + SeedSpread.list(lo.absCos(), 3) + ", lambda 15 "
                            + SeedSpread.list(hi.absCos(), 3);
                }
            }
        }
        Verdict v = failed > 0 ? Verdict.FAILS : Verdict.HOLDS;
        return ClaimResult.of(ClaimId.C26, "L_sigma, " + kind.cliName())
                .reading(Reading.TRAINING)
                .verdict(v, Strength.OBSERVED).atClaimConfiguration(null)
                .cases(seeds.size(), failed)
                .counterexample(counter)
                .evidence("criterion: mean |cos| higher at lambda = 15 and some of directions " + (half + 1) + ".." + s.k()
                        + " below " + Tolerance.DIRECTION_COSINE.value() + " at lambda = 5; " + per).build();
    }

    /** The tolerances of the criteria, for the report's JSON. */
    static Map<String, Object> tolerances() {
        Map<String, Object> crit = new LinkedHashMap<>();
        crit.put("cos_tol", Tolerance.DIRECTION_COSINE.value());
        crit.put("procrustes_tol", Tolerance.PROCRUSTES.value());
        crit.put("near_max", Tolerance.NEAR_CRITICAL.value());
        crit.put("wedin_sin_tol", SIN_TOL);
        return crit;
    }

    /** The criteria, as the report prints them. */
    static List<Criterion> criteria() {
        return List.of(
                new Criterion("images.near-critical-point", "*Near a critical point*: every critical point of L_sigma has s_i(W2) = (1 - lambda_eff/s_i^2)^(1/2) < 1, so a run with "
                        + "s_1(W2) >= 1 is not near any; and the run must lie within " + Tolerance.NEAR_CRITICAL.value() + " (relative) of the minimum's "
                        + "component {(O C U_k^T, U_k C O^T)} (nearest O by Procrustes on [W2; W1^T]). Otherwise INCONCLUSIVE."),
                new Criterion("images.direction-matches", "*Direction i matches*: |cos(i-th left singular vector of W2, u_i)| >= " + Tolerance.DIRECTION_COSINE.value() + ". A direction below it counts as a "
                        + "failure only when the run resolves it: Wedin's bound ||E||_F / gap_i < " + Numbers.fixed(SIN_TOL, 3)
                        + " (= sin(arccos " + Tolerance.DIRECTION_COSINE.value() + ")), E the distance of W2 to the minimum's nearest point and gap_i the distance of "
                        + "c_i to the other compressions c_j and to 0; otherwise the direction is unresolved (INCONCLUSIVE)."),
                new Criterion("images.principal-angles", "*Principal angles* between span(W2) and span(u_1..u_k) are reported beside the per-direction cosines: the subspace is "
                        + "well conditioned even where single directions are not."),
                new Criterion("images.embeddings", "*Embeddings* (k = 2): the relative residual of the best orthogonal map from the centred LAE embedding W1 x to PCA's "
                        + "(u_1 . x, u_2 . x) is <= " + Tolerance.PROCRUSTES.value() + "."));
    }
}
