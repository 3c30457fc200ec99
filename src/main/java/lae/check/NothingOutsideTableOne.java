package lae.check;

import java.util.List;

import lae.config.ClaimFile;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Strength;
import lae.core.Tolerance;
import lae.core.Verdict;
import lae.model.LossKind;

/** C15: every critical point Newton finds lies in the printed image of Table 1 (else a witness and the corrected family). */
final class NothingOutsideTableOne extends ClaimCheck {
    @Override
    ClaimResult check(CheckContext on, ClaimFile.ClaimSpec spec, LossKind kind, List<Measurements> ms) {
        CaseTally outside = new CaseTally();
        int undecided = 0;
        int outsideFamily = 0;
        double worstFamily = 0;
        SmallestCounterexample cex = new SmallestCounterexample();
        for (ConvergedPoint p : convergedPoints(ms)) {
            var sc = p.search();
            var id = sc.identification();
            double r = Math.max(id.productResidual(), id.printedResidual());
            double fam = Math.max(id.productResidual(), id.familyResidual());
            outside.count(r);
            worstFamily = Math.max(worstFamily, fam);
            if (fam > Tolerance.NEWTON_MEMBER.value()) {
                outsideFamily++;
            }
            if (r > Tolerance.WITNESS_MIN.value()) {
                outside.fail();
                cex.offer(id.indexSet(), () -> Numbers.format("%s: Newton from %s converged (||grad|| = %s) to a point with W2 W1 = U_I diag(p) U_I^T "
                                    + "(residual %s) that is not in the printed image of Table 1 (distance %s)%s",
                            on.where(kind, p.lambda(), id.indexSet()), sc.origin(), sci(sc.result().gradientNorm()),
                            sci(id.productResidual()), sci(id.printedResidual()),
                            kind == LossKind.L_SIGMA ? "" : Numbers.format("; W2 = U_I A H with H G = I_l but H != G^+ (family residual %s)", sci(fam))));
            } else if (r > Tolerance.NEWTON_MEMBER.value()) {
                undecided++;
            }
        }
        int converged = outside.cases();
        int notConverged = ms.stream().mapToInt(m -> m.search.size()).sum() - converged;
        String evidence = Numbers.format("%d Newton runs (%d from perturbed Table-1 points, the rest from seeded random starts): %d converged, %d did not; "
                        + "each converged point is identified by reading I off W2 W1 in the singular basis and measuring its distance to the printed image of Table 1 "
                        + "(member if <= %s, witness if > %s).",
                converged + notConverged, on.cf().perturbedStarts, converged, notConverged, sci(Tolerance.NEWTON_MEMBER.value()), sci(Tolerance.WITNESS_MIN.value()));
        if (converged == 0) {
            return on.result(kind.label(), Verdict.INCONCLUSIVE, Strength.SAMPLED)
                    .evidence(evidence + " No converged point: nothing to test (set search.random_starts).").build();
        }
        String corrected = null;
        if (outside.failed() > 0 && kind != LossKind.L_SIGMA && outsideFamily == 0) {
            corrected = Numbers.format("For %s the critical component of I is {(G A U_I^T, U_I A H) : G in F_I, H in R^{l x k}, H G = I_l} "
                    + "(A = I for L, (I + lambda Sigma_I^-2)^-1/2 for L_pi), of dimension 2kl - l^2; it equals the printed image only when l = k. "
                    + "All %d converged points lie in it (worst residual %s).", kind.label(), converged, sci(worstFamily));
        }
        Verdict v = outside.failed() > 0 ? Verdict.FAILS : undecided > 0 ? Verdict.INCONCLUSIVE : Verdict.HOLDS;
        if (undecided > 0) {
            evidence += " " + undecided + " points were too close to call (residual between the two tolerances).";
        }
        ClaimResult a = on.inconclusiveIfAssumptionsFail(kind.label(), converged, Strength.SAMPLED);
        if (a != null && v != Verdict.FAILS) {
            return a;
        }
        return on.result(kind.label(), v, Strength.SAMPLED)
                .cases(converged, outside.failed())
                .worstResidual(outside.worst())
                .counterexample(cex.text())
                .corrected(corrected)
                .evidence(evidence).build();
    }
}
