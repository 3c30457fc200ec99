package lae.check;

import lae.config.ClaimFile;
import lae.core.Tolerances;
import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Strength;
import lae.core.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import lae.landscape.Assumptions;
import lae.landscape.IndexSet;
import lae.landscape.TableOne;
import lae.model.DataMatrix;
import lae.model.LossKind;
import lae.numeric.HessianInertia;
import lae.symbolic.SymjaFormula;

/**
 * Turns {@link Measurements} into verdicts, one per claim and loss, through one {@link ClaimCheck}
 * per claim id (C9, C14-C22), and applies the input's violated assumptions once. Each claim is tested as
 * printed; a failure carries the smallest counterexample (fewest indices, then lexicographic I),
 * and a corrected statement only after it has been verified on {@link IndependentConfiguration}.
 *
 * <p>Tolerances, with their reasons:
 * <ul>
 *   <li>{@link #Tolerances.TABLE_ONE_GRADIENT}: Table-1 points are built in double precision, so their gradient
 *       residual ||grad f|| / (1 + ||C||) is O(eps ||W||^2), about 1e-14; 1e-9 leaves a wide
 *       margin yet is far below any non-critical point's residual.</li>
 *   <li>{@link #Tolerances.NEWTON_MEMBER}: Newton stops at ||grad f|| &lt;= 1e-11 (1 + ||C||); the distance to the
 *       critical manifold is then about that over the smallest non-zero curvature (&gt;= 1e-4
 *       here), i.e. &lt;= 1e-7; 1e-6 is the membership tolerance.</li>
 *   <li>{@link #Tolerances.WITNESS_MIN}: a point is reported as outside a set only if its residual exceeds
 *       1e-3, three orders above the membership tolerance; in between it is undecided.</li>
 * </ul>
 */
public final class ClaimEvaluator {

    private final ClaimFile cf;
    private final DataMatrix data;
    private final List<Measurements> measurements;
    private final AssumptionViolations violations;
    /** The check of each claim-file claim. */
    private final Map<ClaimId, ClaimCheck> checks = new java.util.EnumMap<>(ClaimId.class);

    public ClaimEvaluator(ClaimFile cf, DataMatrix data, List<Measurements> measurements, AssumptionViolations violations) {
        this.cf = cf;
        this.data = data;
        this.measurements = measurements;
        this.violations = violations;
        for (ClaimCheck c : List.of(new TransposeAtCriticalPoints(cf, data, measurements, violations),
                new TableOnePointsAreCritical(cf, data, measurements, violations),
                new NothingOutsideTableOne(cf, data, measurements, violations),
                MeasuredCountFormula.nullity(cf, data, measurements, violations),
                MeasuredCountFormula.index(cf, data, measurements, violations),
                new DescentPairMeaning(cf, data, measurements, violations),
                new UniqueMinimum(cf, data, measurements, violations),
                new OverRegularization(cf, data, measurements, violations),
                new TableOneShapes(cf, data, measurements, violations),
                new SumLossCompression(cf, data, measurements, violations))) {
            checks.put(c.claim(), c);
        }
    }

    public List<ClaimResult> evaluate() {
        List<ClaimResult> out = new ArrayList<>();
        for (Map.Entry<ClaimId, ClaimFile.ClaimSpec> e : cf.claims.entrySet()) {
            ClaimId id = e.getKey();
            ClaimCheck check = checks.get(id);
            if (id.lossesChecked().isEmpty()) {
                out.add(check.check(e.getValue(), null, List.of()));
                continue;
            }
            for (LossKind kind : cf.losses) {
                List<Measurements> ms = measurements.stream().filter(x -> x.kind == kind).toList();
                if (!ms.isEmpty() && id.lossesChecked().contains(kind.label())) {
                    out.add(underAssumptions(check.check(e.getValue(), kind, ms)));
                }
            }
        }
        return out;
    }

    /**
     * A case that contradicts a claim on data that violate the theorem's hypotheses is not a
     * counterexample to the theorem: such verdicts become INCONCLUSIVE, with the violation and
     * what was measured.
     */
    private ClaimResult underAssumptions(ClaimResult r) {
        List<String> v = violations.forLoss(r.loss());
        if (v.isEmpty() || r.verdict() == Verdict.HOLDS) {
            return r;
        }
        return ClaimResult.of(r.claim(), r.loss())
                .verdict(Verdict.INCONCLUSIVE).strength(r.strength())
                .cases(r.casesChecked(), r.casesFailed())
                .worstResidual(r.worstResidual())
                .counterexample(r.counterexample())
                .evidence("the theorem's assumptions are violated by this input (" + String.join("; ", v)
                + "), so the " + r.casesFailed() + " contradicting cases are not counterexamples to it. " + r.evidence()).build();
    }
}
