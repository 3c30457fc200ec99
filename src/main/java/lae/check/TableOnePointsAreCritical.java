package lae.check;

import java.util.List;

import lae.config.ClaimFile;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Tolerance;
import lae.core.Verdict;
import lae.model.LossKind;

/** C14: every Table-1 point is a critical point of its loss (gradient residual at every component). */
final class TableOnePointsAreCritical extends ClaimCheck {
    @Override
    ClaimResult check(CheckContext on, ClaimFile.ClaimSpec spec, LossKind kind, List<Measurements> ms) {
        CaseTally tally = new CaseTally();
        SmallestCounterexample cex = new SmallestCounterexample();
        for (Measurements m : ms) {
            for (Measurements.ComponentCase c : m.components) {
                tally.count(c.gradientResidual());
                if (!(c.gradientResidual() <= Tolerance.TABLE_ONE_GRADIENT.value())) {
                    tally.fail();
                    cex.offer(c.indexSet(), () -> on.where(kind, m.lambda, c.indexSet()) + " (" + c.representative() + " representative): ||grad||/(1+||C||) = "
                            + sci(c.gradientResidual()));
                }
            }
        }
        return on.result(kind.label(), tally.failed() > 0 ? Verdict.FAILS : Verdict.HOLDS, on.componentStrength())
                .cases(tally.cases(), tally.failed())
                .worstResidual(tally.worst())
                .counterexample(cex.text())
                .evidence(Numbers.format("gradient at %d Table-1 points (identity and seeded random representative, every I with |I| <= %d plus {1..k}, {1..min(k,m0)}), in the original coordinates; tolerance %s.",
                        tally.cases(), on.cf().maxIndexSetSize, sci(Tolerance.TABLE_ONE_GRADIENT.value()))).build();
    }
}
