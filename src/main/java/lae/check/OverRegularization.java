package lae.check;

import java.util.ArrayList;
import java.util.List;

import lae.config.ClaimFile;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Tolerance;
import lae.core.Verdict;
import lae.landscape.Assumptions;
import lae.landscape.IndexSet;
import lae.model.LossKind;

/** C20: which L_sigma components exist at each lambda. */
final class OverRegularization extends ClaimCheck {
    @Override
    ClaimResult check(CheckContext on, ClaimFile.ClaimSpec spec, LossKind kind, List<Measurements> ms) {
        CaseTally tally = new CaseTally();
        List<String> notes = new ArrayList<>();
        List<String> degenerate = new ArrayList<>();
        for (Measurements m : ms) {
            degenerate.addAll(Assumptions.sumLossViolations(on.data().singularValues(), m.lambda));
            for (IndexSet set : m.absent) {
                tally.count();
                if (set.max() <= m.m0) {
                    tally.fail(on.where(LossKind.L_SIGMA, m.lambda, set) + ": within {1..m0} but Table 1 gives no real point");
                }
            }
            for (Measurements.ComponentCase c : m.components) {
                tally.count();
                if (c.indexSet().max() > m.m0) {
                    tally.fail(on.where(LossKind.L_SIGMA, m.lambda, c.indexSet()) + ": outside {1..m0} yet Table 1 gives a real point");
                }
            }
            for (ConvergedPoint p : convergedPoints(List.of(m))) {
                tally.count();
                var id = p.search().identification();
                if (id.indexSet().max() > m.m0 || id.productResidual() > Tolerance.WITNESS_MIN.value()) {
                    tally.fail(on.where(LossKind.L_SIGMA, m.lambda, id.indexSet()) + ": Newton found a critical point outside the components with I in {1..m0} (residual "
                            + sci(id.productResidual()) + ")");
                }
            }
            notes.add(Numbers.format("lambda=%s: m0=%d, %d components with real Table-1 points, %d index sets without", fmt(m.lambda), m.m0,
                    m.components.size() / 2, m.absent.size()));
        }
        if (!degenerate.isEmpty() && tally.failed() == 0) {
            return on.result(LossKind.L_SIGMA.label(), Verdict.INCONCLUSIVE, on.componentStrength())
                    .cases(tally.cases(), 0)
                    .evidence(String.join("; ", degenerate) + ". " + String.join("; ", notes)).build();
        }
        return on.result(LossKind.L_SIGMA.label(), tally.failed() > 0 ? Verdict.FAILS : Verdict.HOLDS, on.componentStrength())
                .cases(tally.cases(), tally.failed())
                .counterexample(tally.counterexample())
                .evidence("Table-1 points exist exactly for I within {1..m0}, and every critical point Newton found has I within {1..m0}: " + String.join("; ", notes) + ".").build();
    }
}
