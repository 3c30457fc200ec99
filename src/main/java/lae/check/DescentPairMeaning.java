package lae.check;

import lae.config.ClaimFile;
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

/** C18: the verbal meaning of d_I, tested on every index set of the configuration. */
final class DescentPairMeaning extends ClaimCheck {
    DescentPairMeaning(ClaimFile cf, DataMatrix data, List<Measurements> measurements, AssumptionViolations violations) {
        super(cf, data, measurements, violations);
    }

    @Override
    ClaimId claim() {
        return ClaimId.C18;
    }

    @Override
    ClaimResult check(ClaimFile.ClaimSpec spec, LossKind kind, List<Measurements> ms) {
        return c18(spec);
    }

    // C18: the verbal meaning of d_I
    ClaimResult c18(ClaimFile.ClaimSpec spec) {
        SymjaFormula formula = spec.formula("formula");
        int m = data.m();
        List<IndexSet> sets = IndexSet.allUpTo(m, cf.maxIndexSetSize);
        int failed = 0;
        double worst = 0;
        String cex = null;
        for (IndexSet set : sets) {
            Map<String, Double> b = Bindings.of(m, data.n(), cf.k, set, 0, 0);
            double meaning = valueOrNaN(formula, b);
            double err = Math.abs(meaning - set.dI());
            if (!Double.isNaN(err)) {
                worst = Math.max(worst, err);
            }
            if (Double.isNaN(err) || err > 0) {
                failed++;
                if (cex == null) {
                    cex = Numbers.format("m=%d, I=%s: d_I = sum_j (i_j - j) = %d, but %s %s", m, set, set.dI(), formula.source(),
                            Double.isNaN(meaning) ? "has no value there" : "= " + fmt(meaning));
                }
            }
        }
        String corrected = null;
        if (failed > 0) {
            for (SymjaFormula cand : spec.candidates("formula")) {
                int checked = 0;
                boolean all = true;
                for (int mm = 1; mm <= 10 && all; mm++) {
                    for (IndexSet set : IndexSet.allUpTo(mm, mm)) {
                        checked++;
                        if (valueOrNaN(cand, Bindings.of(mm, mm + 1, mm, set, 0, 0)) != set.dI()) {
                            all = false;
                            break;
                        }
                    }
                }
                if (all) {
                    corrected = Numbers.format("d_I = %s (the number of pairs i < j with i NOT in I and j in I): verified on every subset I of {1..m} for m = 1..10 (%d sets).",
                            cand.source(), checked);
                    break;
                }
            }
        }
        return ClaimResult.of(claim(), "-")
                .verdict(failed > 0 ? Verdict.FAILS : Verdict.HOLDS).strength(Strength.CERTIFIED)
                .cases(sets.size(), failed)
                .worstResidual(worst)
                .counterexample(cex)
                .corrected(corrected)
                .evidence(Numbers.format("d_I = sum_j (i_j - j) against the %s meaning %s for all %d index sets I of {1..%d} with |I| <= %d.",
                        label(spec, "formula"), formula.source(), sets.size(), m, cf.maxIndexSetSize)).build();
    }
}
