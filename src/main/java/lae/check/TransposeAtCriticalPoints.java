package lae.check;

import java.util.List;

import lae.config.ClaimFile;
import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Strength;
import lae.core.Tolerances;
import lae.core.Verdict;
import lae.model.LossKind;

/** C9: W1 = W2^T at every L_sigma critical point Newton finds. */
final class TransposeAtCriticalPoints extends ClaimCheck {
    TransposeAtCriticalPoints(CheckContext context) {
        super(context, ClaimId.C9);
    }

    @Override
    ClaimResult check(ClaimFile.ClaimSpec spec, LossKind kind, List<Measurements> ms) {
        int cases = 0;
        int failed = 0;
        double worst = 0;
        String cex = null;
        for (Measurements m : ms) {
            for (Measurements.SearchCase sc : m.search) {
                if (!sc.result().converged()) {
                    continue;
                }
                cases++;
                double gap = sc.identification().transposeGap();
                worst = Math.max(worst, gap);
                if (gap > Tolerances.WITNESS_MIN) {
                    failed++;
                    cex = where(LossKind.L_SIGMA, m.lambda, sc.identification().indexSet()) + ": ||W1 - W2^T|| / (1+||W||) = " + sci(gap) + " from " + sc.origin();
                }
            }
        }
        Verdict v = searchVerdict(cases, failed, worst);
        return ClaimResult.of(claim(), LossKind.L_SIGMA.label())
                .verdict(v).strength(Strength.SAMPLED).scope(scope())
                .cases(cases, failed)
                .worstResidual(worst)
                .counterexample(cex)
                .evidence(Numbers.format("||W1 - W2^T||_F / (1 + ||(W1, W2)||) at %d converged Newton points (random and perturbed starts); tolerance %s.", cases, sci(Tolerances.NEWTON_MEMBER))
                        + undecidedWhy(cases, failed, worst)).build();
    }
}
