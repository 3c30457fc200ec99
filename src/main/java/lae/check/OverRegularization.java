package lae.check;

import java.util.ArrayList;
import java.util.List;

import lae.config.ClaimFile;
import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Tolerances;
import lae.core.Verdict;
import lae.landscape.Assumptions;
import lae.landscape.IndexSet;
import lae.model.LossKind;

/** C20: which L_sigma components exist at each lambda. */
final class OverRegularization extends ClaimCheck {
    OverRegularization(CheckContext context) {
        super(context, ClaimId.C20);
    }

    @Override
    ClaimResult check(ClaimFile.ClaimSpec spec, LossKind kind, List<Measurements> ms) {
        int cases = 0;
        int failed = 0;
        String cex = null;
        List<String> notes = new ArrayList<>();
        List<String> degenerate = new ArrayList<>();
        for (Measurements m : ms) {
            degenerate.addAll(Assumptions.sumLossViolations(data.singularValues(), m.lambda));
            for (IndexSet set : m.absent) {
                cases++;
                if (set.max() <= m.m0) {
                    failed++;
                    cex = where(LossKind.L_SIGMA, m.lambda, set) + ": within {1..m0} but Table 1 gives no real point";
                }
            }
            for (Measurements.ComponentCase c : m.components) {
                cases++;
                if (c.indexSet().max() > m.m0) {
                    failed++;
                    cex = where(LossKind.L_SIGMA, m.lambda, c.indexSet()) + ": outside {1..m0} yet Table 1 gives a real point";
                }
            }
            for (Measurements.SearchCase sc : m.search) {
                if (sc.result().converged()) {
                    cases++;
                    var id = sc.identification();
                    if (id.indexSet().max() > m.m0 || id.productResidual() > Tolerances.WITNESS_MIN) {
                        failed++;
                        cex = where(LossKind.L_SIGMA, m.lambda, id.indexSet()) + ": Newton found a critical point outside the components with I in {1..m0} (residual " + sci(id.productResidual()) + ")";
                    }
                }
            }
            notes.add(Numbers.format("lambda=%s: m0=%d, %d components with real Table-1 points, %d index sets without", fmt(m.lambda), m.m0,
                    m.components.size() / 2, m.absent.size()));
        }
        if (!degenerate.isEmpty() && failed == 0) {
            return ClaimResult.of(claim(), LossKind.L_SIGMA.label())
                    .verdict(Verdict.INCONCLUSIVE).strength(componentStrength()).scope(scope())
                    .cases(cases, 0)
                    .evidence(String.join("; ", degenerate) + ". " + String.join("; ", notes)).build();
        }
        return ClaimResult.of(claim(), LossKind.L_SIGMA.label())
                .verdict(failed > 0 ? Verdict.FAILS : Verdict.HOLDS).strength(componentStrength()).scope(scope())
                .cases(cases, failed)
                .counterexample(cex)
                .evidence("Table-1 points exist exactly for I within {1..m0}, and every critical point Newton found has I within {1..m0}: " + String.join("; ", notes) + ".").build();
    }
}
