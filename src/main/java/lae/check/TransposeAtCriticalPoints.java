package lae.check;

import java.util.List;

import lae.config.ClaimFile;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Tolerance;
import lae.model.LossKind;

/** C9: W1 = W2^T at every L_sigma critical point Newton finds. */
final class TransposeAtCriticalPoints extends ClaimCheck {
    @Override
    ClaimResult check(CheckContext on, ClaimFile.ClaimSpec spec, LossKind kind, List<Measurements> ms) {
        CaseTally tally = new CaseTally();
        for (ConvergedPoint p : convergedPoints(ms)) {
            var sc = p.search();
            double gap = sc.identification().transposeGap();
            tally.count(gap);
            if (gap > Tolerance.WITNESS_MIN.value()) {
                tally.fail(on.where(LossKind.L_SIGMA, p.lambda(), sc.identification().indexSet()) + ": ||W1 - W2^T|| / (1+||W||) = " + sci(gap) + " from " + sc.origin());
            }
        }
        return on.searchResult(LossKind.L_SIGMA.label(), tally,
                Numbers.format("||W1 - W2^T||_F / (1 + ||(W1, W2)||) at %d converged Newton points (random and perturbed starts); tolerance %s.",
                        tally.cases(), sci(Tolerance.NEWTON_MEMBER.value())));
    }
}
