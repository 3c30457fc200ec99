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

/** C14: every Table-1 point is a critical point of its loss (gradient residual at every component). */
final class TableOnePointsAreCritical extends ClaimCheck {
    TableOnePointsAreCritical(ClaimFile cf, DataMatrix data, List<Measurements> measurements, AssumptionViolations violations) {
        super(cf, data, measurements, violations);
    }

    @Override
    ClaimId claim() {
        return ClaimId.C14;
    }

    @Override
    ClaimResult check(ClaimFile.ClaimSpec spec, LossKind kind, List<Measurements> ms) {
        return c14(kind, ms);
    }

    // C14: every Table-1 point is critical
    ClaimResult c14(LossKind kind, List<Measurements> ms) {
        int cases = 0;
        int failed = 0;
        double worst = 0;
        String cex = null;
        IndexSet cexSet = null;
        for (Measurements m : ms) {
            for (Measurements.ComponentCase c : m.components) {
                cases++;
                worst = Math.max(worst, c.gradientResidual());
                if (!(c.gradientResidual() <= Tolerances.TABLE_ONE_GRADIENT)) {
                    failed++;
                    if (cexSet == null || c.indexSet().compareTo(cexSet) < 0) {
                        cexSet = c.indexSet();
                        cex = where(kind, m.lambda, c.indexSet()) + " (" + c.representative() + " representative): ||grad||/(1+||C||) = " + sci(c.gradientResidual());
                    }
                }
            }
        }
        Verdict v = failed > 0 ? Verdict.FAILS : Verdict.HOLDS;
        return ClaimResult.of(claim(), kind.label())
                .verdict(v).strength(componentStrength())
                .cases(cases, failed)
                .worstResidual(worst)
                .counterexample(cex)
                .evidence(Numbers.format("gradient at %d Table-1 points (identity and seeded random representative, every I with |I| <= %d plus {1..k}, {1..min(k,m0)}), in the original coordinates; tolerance %s.",
                        cases, cf.maxIndexSetSize, sci(Tolerances.TABLE_ONE_GRADIENT))).build();
    }
}
