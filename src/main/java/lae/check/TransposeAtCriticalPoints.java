package lae.check;

import lae.config.ClaimFile;
import lae.core.Tolerances;
import lae.core.ClaimId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import lae.core.Numbers;
import lae.core.ClaimResult;
import lae.core.Strength;
import lae.core.Verdict;
import lae.landscape.Assumptions;
import lae.landscape.IndexSet;
import lae.landscape.TableOne;
import lae.model.DataMatrix;
import lae.model.LossKind;
import lae.numeric.HessianInertia;
import lae.symbolic.SymjaFormula;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/** C9: W1 = W2^T at every L_sigma critical point Newton finds. */
final class TransposeAtCriticalPoints extends ClaimCheck {
    TransposeAtCriticalPoints(ClaimFile cf, DataMatrix data, List<Measurements> measurements, AssumptionViolations violations) {
        super(cf, data, measurements, violations);
    }

    @Override
    ClaimId claim() {
        return ClaimId.C9;
    }

    @Override
    ClaimResult check(ClaimFile.ClaimSpec spec, LossKind kind, List<Measurements> ms) {
        return c9(ms);
    }

    // C9: W1 = W2^T at every L_sigma critical point found
    ClaimResult c9(List<Measurements> ms) {
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
        Verdict v = cases == 0 ? Verdict.INCONCLUSIVE : failed > 0 ? Verdict.FAILS : worst > Tolerances.NEWTON_MEMBER ? Verdict.INCONCLUSIVE : Verdict.HOLDS;
        return ClaimResult.of(claim(), LossKind.L_SIGMA.label())
                .verdict(v).strength(Strength.SAMPLED)
                .cases(cases, failed)
                .worstResidual(worst)
                .counterexample(cex)
                .evidence(Numbers.format("||W1 - W2^T||_F / (1 + ||(W1, W2)||) at %d converged Newton points (random and perturbed starts); tolerance %s.", cases, sci(Tolerances.NEWTON_MEMBER))
                        + undecidedWhy(cases, failed, worst)).build();
    }
}
