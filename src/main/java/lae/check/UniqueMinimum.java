package lae.check;

import java.util.ArrayList;
import java.util.List;

import lae.config.ClaimFile;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Verdict;
import lae.landscape.IndexSet;
import lae.landscape.TableOne;
import lae.model.LossKind;

/** C19: which components have no descending direction (the unique minimum). */
final class UniqueMinimum extends ClaimCheck {
    @Override
    ClaimResult check(CheckContext on, ClaimFile.ClaimSpec spec, LossKind kind, List<Measurements> ms) {
        CaseTally tally = new CaseTally();
        int undecided = 0;
        SmallestCounterexample smallest = new SmallestCounterexample();
        List<IndexSet> minima = new ArrayList<>();
        int k = on.cf().k;
        int m0 = ms.get(0).m0;
        for (Measurements m : ms) {
            for (Measurements.ComponentCase c : m.components) {
                if (c.representative() != TableOne.Representative.IDENTITY) {
                    continue;
                }
                tally.count();
                if (!c.inertia().decided()) {
                    undecided++;
                    continue;
                }
                boolean noDescent = c.inertia().negative() == 0;
                IndexSet set = c.indexSet();
                boolean printedMin = set.equals(IndexSet.first(k));
                if (noDescent && !minima.contains(set)) {
                    minima.add(set);
                }
                if (noDescent != printedMin) {
                    tally.fail();
                    smallest.offer(set, () -> noDescent
                            ? Numbers.format("%s (l=%d < k=%d): no descending direction (inertia %s), yet the paper says every l < k point is a true saddle",
                            on.where(kind, m.lambda, set), set.size(), k, c.inertia().ejml())
                            : Numbers.format("%s: %d descending directions, yet printed as the minimum", on.where(kind, m.lambda, set), c.inertia().negative()));
                }
            }
        }
        String cex = smallest.text();
        boolean topPresent = ms.stream().anyMatch(x -> x.components.stream().anyMatch(c -> c.indexSet().equals(IndexSet.first(k))));
        String evidence = Numbers.format("components with no negative Hessian eigenvalue among %d Table-1 components (identity representative): %s; m0 = %d.",
                tally.cases(), minima, m0);
        if (!topPresent) {
            tally.fail();
            if (cex == null) {
                cex = Numbers.format("%s: Table 1 has no component with l = k = %d (m0 = %d < k), so there is no rank-k minimum", on.where(kind, ms.get(0).lambda, IndexSet.first(k)), k, m0);
            }
        }
        String corrected = null;
        if (tally.failed() > 0) {
            IndexSet top = IndexSet.first(Math.min(k, kind == LossKind.L_SIGMA ? m0 : k));
            boolean here = minima.size() == 1 && minima.get(0).equals(top);
            List<IndependentConfiguration.Case> ind = IndependentConfiguration.cases().get(kind);
            int indM0 = kind == LossKind.L_SIGMA ? IndependentConfiguration.m0() : IndependentConfiguration.K;
            IndexSet indTop = IndexSet.first(Math.min(IndependentConfiguration.K, indM0));
            boolean there = ind.stream().allMatch(c -> c.inertia().decided() && ((c.inertia().negative() == 0) == c.indexSet().equals(indTop)));
            if (here && there) {
                corrected = Numbers.format("For %s the only component with no descending direction is I = {1..min(k, m0)}%s; it is the unique minimum (up to V_I / F_I) "
                                + "and has rank min(k, m0). Verified here (%s) and on the %s.",
                        kind.label(), kind == LossKind.L_SIGMA ? "" : " = {1..k}", top, IndependentConfiguration.describe());
            }
        }
        Verdict v = tally.failed() > 0 ? Verdict.FAILS : undecided > 0 ? Verdict.INCONCLUSIVE : Verdict.HOLDS;
        return on.result(kind.label(), v, on.componentStrength())
                .cases(tally.cases(), tally.failed())
                .counterexample(cex)
                .corrected(corrected)
                .evidence(evidence).build();
    }
}
