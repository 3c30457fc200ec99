package lae.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lae.config.ClaimFile;
import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Tolerance;
import lae.core.Verdict;
import lae.model.DataMatrix;
import lae.model.LossKind;

/**
 * Turns {@link Measurements} into verdicts, one per claim and loss, through one {@link ClaimCheck}
 * per claim id (C9, C14-C22), and applies the input's violated assumptions once. Each claim is tested as
 * printed; a failure carries the smallest counterexample (fewest indices, then lexicographic I),
 * and a corrected statement only after it has been verified on {@link IndependentConfiguration}.
 *
 * <p>The tolerances that decide these verdicts, with their reasons, are in {@link Tolerance}: a Table-1
 * point's gradient residual ({@link Tolerance#TABLE_ONE_GRADIENT}), membership of a Newton point in a component
 * ({@link Tolerance#NEWTON_MEMBER}) and the residual above which a point is a witness outside it
 * ({@link Tolerance#WITNESS_MIN}; in between, undecided).
 */
public final class ClaimEvaluator {
    private final ClaimFile cf;
    private final List<Measurements> measurements;
    private final DataMatrix data;
    private final AssumptionViolations violations;

    /** The evaluator of one claim file's measurements on its data, under the assumptions the data violate. */
    public ClaimEvaluator(ClaimFile cf, DataMatrix data, List<Measurements> measurements, AssumptionViolations violations) {
        this.cf = cf;
        this.measurements = measurements;
        this.data = data;
        this.violations = violations;
    }

    /** One verdict per claim of the file and loss it is checked on, in the file's order of claims. */
    public List<ClaimResult> evaluate() {
        List<ClaimResult> out = new ArrayList<>();
        for (Map.Entry<ClaimId, ClaimFile.ClaimSpec> e : cf.claims.entrySet()) {
            ClaimId id = e.getKey();
            ClaimCheck check = ClaimChecks.of(id);
            CheckContext on = new CheckContext(id, cf, data, violations);
            if (id.definition().lossesChecked().isEmpty()) {
                out.add(check.check(on, e.getValue(), null, List.of()));
                continue;
            }
            for (LossKind kind : cf.losses) {
                List<Measurements> ms = measurements.stream().filter(x -> x.kind == kind).toList();
                if (!ms.isEmpty() && id.definition().lossesChecked().contains(kind.label())) {
                    out.add(underAssumptions(check.check(on, e.getValue(), kind, ms)));
                }
            }
        }
        return out;
    }

    /**
     * On data that violate a hypothesis of the theorem for this loss, nothing computed decides the claim: a
     * contradicting case is not a counterexample, and agreement is no evidence for it (the theorem says nothing
     * about such input). Every such verdict is INCONCLUSIVE, with the violation and what was measured.
     */
    private ClaimResult underAssumptions(ClaimResult r) {
        List<String> v = violations.forLoss(r.loss());
        if (v.isEmpty() || r.verdict() == Verdict.INCONCLUSIVE) {
            return r;
        }
        String measured = r.verdict() == Verdict.HOLDS
                ? "), so the agreement on all " + r.casesChecked() + " cases is no evidence for it (it would have been HOLDS). "
                : "), so the " + r.casesFailed() + " contradicting cases are not counterexamples to it. ";
        return ClaimResult.of(r.claim(), r.loss())
                .verdict(Verdict.INCONCLUSIVE, r.strength()).scope(r.scope())
                .cases(r.casesChecked(), r.casesFailed())
                .worstResidual(r.worstResidual())
                .counterexample(r.counterexample())
                .evidence("the theorem's assumptions are violated by this input (" + String.join("; ", v) + measured + r.evidence()).build();
    }
}
