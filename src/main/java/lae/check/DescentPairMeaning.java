package lae.check;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import lae.config.ClaimFile;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Strength;
import lae.core.Verdict;
import lae.landscape.IndexSet;
import lae.model.LossKind;
import lae.symbolic.SymjaFormula;

/** C18: the verbal meaning of d_I, tested on every index set of the configuration. */
final class DescentPairMeaning extends ClaimCheck {
    /** A corrected meaning is verified on every subset I of {1..m} for m = 1..{@value}. */
    private static final int VERIFIED_UP_TO = 10;

    /**
     * The printed meaning on every index set that the check tests (|I| &lt;= max_index_set_size, lambda = 0,
     * m0 = 0); a candidate on every subset I of {1..m} for m = 1..{@value #VERIFIED_UP_TO}, where it is verified.
     */
    @Override
    void formulaCases(CheckContext on, String field, boolean candidate, Consumer<Map<String, Double>> sink) {
        if (!candidate) {
            int m = on.data().m();
            Bindings.range(m, on.data().n(), on.cf().k, Math.min(on.cf().maxIndexSetSize, m), m, 0, 0, sink);
            return;
        }
        for (int mm = 1; mm <= VERIFIED_UP_TO; mm++) {
            for (IndexSet set : IndexSet.allUpTo(mm, mm)) {
                sink.accept(Bindings.of(mm, mm + 1, mm, set, 0, 0));
            }
        }
    }

    @Override
    ClaimResult check(CheckContext on, ClaimFile.ClaimSpec spec, LossKind kind, List<Measurements> ms) {
        SymjaFormula formula = spec.formula("formula");
        int m = on.data().m();
        List<IndexSet> sets = IndexSet.allUpTo(m, on.cf().maxIndexSetSize);
        int failed = 0;
        double worst = 0;
        String cex = null;
        for (IndexSet set : sets) {
            Map<String, Double> b = Bindings.of(m, on.data().n(), on.cf().k, set, 0, 0);
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
                for (int mm = 1; mm <= VERIFIED_UP_TO && all; mm++) {
                    for (IndexSet set : IndexSet.allUpTo(mm, mm)) {
                        checked++;
                        if (valueOrNaN(cand, Bindings.of(mm, mm + 1, mm, set, 0, 0)) != set.dI()) {
                            all = false;
                            break;
                        }
                    }
                }
                if (all) {
                    corrected = Numbers.format("d_I = %s (the number of pairs i < j with i NOT in I and j in I): verified on every subset I of {1..m} for m = 1..%d (%d sets).",
                            cand.source(), VERIFIED_UP_TO, checked);
                    break;
                }
            }
        }
        return ClaimResult.of(on.claim(), "-")
                .verdict(failed > 0 ? Verdict.FAILS : Verdict.HOLDS, Strength.CERTIFIED).scope(Numbers.format("every I of {1..%d} with |I| <= %d", m, on.cf().maxIndexSetSize))
                .cases(sets.size(), failed)
                .worstResidual(worst)
                .counterexample(cex)
                .corrected(corrected)
                .evidence(Numbers.format("d_I = sum_j (i_j - j) against the %s meaning %s for all %d index sets I of {1..%d} with |I| <= %d.",
                        label(spec, "formula"), formula.source(), sets.size(), m, on.cf().maxIndexSetSize)).build();
    }
}
