package lae.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Reading;
import lae.core.Strength;
import lae.core.Tolerance;
import lae.core.Verdict;
import lae.explore.SyntheticExplorer.Cell;
import lae.explore.SyntheticExplorer.Point;
import lae.explore.SyntheticExplorer.Result;
import lae.landscape.TableOne;
import lae.model.LossMember;

/**
 * The verdicts of an explorer run on C28, C29 and C30, computed from its Newton census (nothing is assumed); every one
 * sampled evidence about the landscape, and the sentence on Adam's traces that C29's evidence quotes.
 */
public final class ExploreVerdicts {
    private ExploreVerdicts() {
    }

    /** Index sets of the minima found in one cell. */
    static Set<String> minimaSets(Cell c) {
        Set<String> s = new TreeSet<>();
        for (Point p : c.converged()) {
            if (p.isMinimum()) {
                s.add(ExploreAnalysis.set(p.indexSet()));
            }
        }
        return s;
    }

    static Cell cell(Result r, Cell like, double ws) {
        for (Cell c : r.cells()) {
            if (c.data() == like.data() && c.lambda() == like.lambda() && c.wSigma() == ws) {
                return c;
            }
        }
        return null;
    }

    public static List<ClaimResult> of(Result r) {
        List<ClaimResult> out = new ArrayList<>();
        out.add(c29(r));
        out.addAll(c30(r));
        out.add(c28(r));
        // the explorer's evidence is a Newton census from random starts: what the critical points are (landscape
        // reading), sampled (it can miss components); never a bare HOLDS
        out.replaceAll(c -> c.withReading(Reading.LANDSCAPE));
        return out;
    }

    /** Figure 4's configuration: Section 4.2's data at lambda = 10 (C28 and C29 are about it). */
    static boolean figure4(Cell c) {
        return c.data().name().equals("section-4.2") && c.lambda() == 10;
    }

    static ClaimResult c29(Result r) {
        ExploreAnalysis.WeightSummary a = ExploreAnalysis.summary(r, 0.5, ExploreVerdicts::figure4);
        ExploreAnalysis.WeightSummary b = ExploreAnalysis.summary(r, 0.05, ExploreVerdicts::figure4);
        ExploreAnalysis.WeightSummary c = ExploreAnalysis.summary(r, 0.005, ExploreVerdicts::figure4);
        int cases = a.converged() + b.converged() + c.converged();
        String at = Numbers.format("Newton from %d seeded starts per weight", a.starts());
        if (a.converged() == 0 || b.converged() == 0 || c.converged() == 0) {
            return ClaimResult.of(ClaimId.C29, "L_synthetic")
                    .verdict(Verdict.INCONCLUSIVE, Strength.SAMPLED)
                    .scope("the explorer's grid " + r.grid().name())
                    .cases(cases, 0)
                    .evidence("no critical point converged at Figure 4's configuration (Section 4.2's data, lambda = 10) at one of "
                            + "w_sigma = 0.5, 0.05, 0.005, or the grid has no such cell").build();
        }
        boolean holds = a.transposeEverywhere() && b.transposeEverywhere() && !c.transposeEverywhere();
        double worst = Math.max(a.maxAsymmetry(), b.maxAsymmetry());
        String adam = adamSentence(r);
        String evidence = Numbers.format("Newton census at Figure 4's configuration (landscape reading): max relative ||W1 - W2^T|| over "
                        + "the critical points found is %.2g at w_sigma=0.5 (%d points), %.2g at 0.05 (%d), %.2g at 0.005 (%d); "
                        + "tolerance %.0g. %s",
                a.maxAsymmetry(), a.converged(), b.maxAsymmetry(), b.converged(), c.maxAsymmetry(), c.converged(),
                Tolerance.ASYMMETRY.value(), adam);
        if (holds) {
            return ClaimResult.of(ClaimId.C29, "L_synthetic")
                    .verdict(Verdict.HOLDS, Strength.SAMPLED).atClaimConfiguration(at)
                    .cases(cases, 0)
                    .worstResidual(worst)
                    .evidence(evidence).build();
        }
        String counter;
        String corrected = null;
        int failed;
        if (a.transposeEverywhere() && b.transposeEverywhere() && c.transposeEverywhere()) {
            failed = c.converged();
            counter = Numbers.format("w_sigma = 0.005: all %d critical points found are symmetric (max relative asymmetry "
                    + "%.2g), so the transpose property does not fail there as a property of the critical set", c.converged(),
                    c.maxAsymmetry());
            List<String> sym = new ArrayList<>();
            for (double ws : r.grid().wSigmas()) {
                if (ws > 0 && ExploreAnalysis.summary(r, ws).transposeEverywhere()) {
                    sym.add(ExploreAnalysis.fmt(ws));
                }
            }
            corrected = "W1 = W2^T at every critical point found for w_sigma in {" + String.join(", ", sym)
                    + "} (all lambda and data sets of the grid); it fails only at w_sigma = 0 (GL_k symmetry). "
                    + "Figure 4's asymmetry at w_sigma = 0.005 is a property of an Adam run, not of the critical set: " + adam;
        } else {
            ExploreAnalysis.WeightSummary bad = !a.transposeEverywhere() ? a : b;
            failed = 1;
            counter = bad.asymmetricExample() != null ? bad.asymmetricExample()
                    : "w_sigma = " + ExploreAnalysis.fmt(bad.wSigma()) + ": no symmetric verdict";
        }
        return ClaimResult.of(ClaimId.C29, "L_synthetic")
                .verdict(Verdict.FAILS, Strength.SAMPLED).atClaimConfiguration(at)
                .cases(cases, failed)
                .worstResidual(worst)
                .counterexample(counter)
                .corrected(corrected)
                .evidence(evidence).build();
    }

    static String adamSentence(Result r) {
        StringBuilder b = new StringBuilder(Numbers.format("Adam (full batch, lr 0.05, N(0, 0.05^2) init, seed %d, "
                + "Section 4.2 data, lambda = %s, %d epochs): epoch from which ||W1 - W2^T||_F stays <= %.0g to the end "
                + "(first epoch below it in brackets): ",
                r.grid().seed(), r.adam().isEmpty() ? "-" : ExploreAnalysis.fmt(r.adam().get(0).lambda()), r.grid().adamEpochs(),
                r.grid().adamTolerance()));
        for (int i = 0; i < r.adam().size(); i++) {
            SyntheticExplorer.AdamTrace t = r.adam().get(i);
            b.append(i == 0 ? "" : ", ").append("w_sigma=").append(ExploreAnalysis.fmt(t.wSigma())).append(": ")
                    .append(t.epochsToTolerance() < 0 ? "never" : String.valueOf(t.epochsToTolerance()))
                    .append(" (").append(t.firstBelow() < 0 ? "never" : String.valueOf(t.firstBelow())).append(')');
        }
        b.append("; ||W1 - W2^T||_F at epoch 4000 (the printed Figure 4 budget): ");
        for (int i = 0; i < r.adam().size(); i++) {
            SyntheticExplorer.AdamTrace t = r.adam().get(i);
            double at = Double.NaN;
            for (int j = 0; j < t.epochs().length; j++) {
                if (t.epochs()[j] == 4000) {
                    at = t.asymmetry()[j];
                }
            }
            b.append(i == 0 ? "" : ", ").append("w_sigma=").append(ExploreAnalysis.fmt(t.wSigma())).append(": ")
                    .append(Double.isNaN(at) ? "not run" : Numbers.format("%.2g", at));
        }
        return b.append('.').toString();
    }

    /**
     * s_i^2 = w_sigma lambda for some i, within {@link Tolerance#SYNTHETIC_BOUNDARY} (1 + w_sigma lambda): a boundary
     * case where a component degenerates (excluded from C30).
     */
    static boolean degenerate(Cell c) {
        double ls = c.wSigma() * c.lambda();
        for (double v : c.data().singularValues()) {
            if (Math.abs(v * v - ls) <= Tolerance.SYNTHETIC_BOUNDARY.value() * (1 + ls)) {
                return true;
            }
        }
        return false;
    }

    /** C30, two parts: the transpose-and-compression statement, and the classification of the minima. */
    static List<ClaimResult> c30(Result r) {
        int cases = 0;
        int failed = 0;
        int decided = 0;
        int undecided = 0;
        int minima = 0;
        int failedMin = 0;
        int skipped = 0;
        double worst = 0;
        String counter = null;
        String counterMin = null;
        for (Cell c : r.cells()) {
            if (c.wSigma() == 0) {
                continue;
            }
            if (degenerate(c)) {
                skipped++;
                continue;
            }
            // the top component {1..l}, l = min(k, #{i : s_i^2 > w_sigma lambda}), of the predicted Table 1
            int above = TableOne.of(LossMember.synthetic(c.lambda(), c.wSigma()), c.data().singularValues()).universe();
            int l = Math.min(c.data().k(), above);
            int[] top = IntStream.rangeClosed(1, l).toArray();
            for (Point p : c.converged()) {
                cases++;
                boolean ok = p.symmetric() && !p.probeAsymmetricCritical()
                        && p.imbalance() <= Tolerance.ASYMMETRY.value()
                        && p.productResidual() <= Tolerance.COMPRESSION_FORMULA.value()
                        && p.candidateResidual()[0] <= Tolerance.COMPRESSION_FORMULA.value();
                worst = Math.max(worst, Math.max(p.asymmetry(), Math.max(p.productResidual(), p.candidateResidual()[0])));
                if (!ok) {
                    failed++;
                    if (counter == null) {
                        counter = Numbers.format("%s (m=%d, k=%d) lambda=%s w_sigma=%s start #%d: I=%s, asymmetry %.3g, "
                                        + "imbalance %.3g, product residual %.3g, candidate residual %.3g",
                                c.data().name(), c.data().m(), c.data().k(), ExploreAnalysis.fmt(c.lambda()), ExploreAnalysis.fmt(c.wSigma()), p.start(),
                                ExploreAnalysis.set(p.indexSet()), p.asymmetry(), p.imbalance(), p.productResidual(), p.candidateResidual()[0]);
                    }
                }
                if (!p.inertiaDecided()) {
                    undecided++;
                    continue;
                }
                decided++;
                boolean topL = Arrays.equals(p.indexSet(), top);
                if (p.negative() == 0) {
                    minima++;
                }
                if (topL != (p.negative() == 0)) {
                    failedMin++;
                    if (counterMin == null) {
                        counterMin = Numbers.format("%s lambda=%s w_sigma=%s start #%d: I=%s, top-l = %s, Morse index %d",
                                c.data().name(), ExploreAnalysis.fmt(c.lambda()), ExploreAnalysis.fmt(c.wSigma()), p.start(), ExploreAnalysis.set(p.indexSet()), ExploreAnalysis.set(top),
                                p.negative());
                    }
                }
            }
        }
        ExploreAnalysis.WeightSummary zero = ExploreAnalysis.summary(r, 0);
        long cells = r.cells().stream().filter(c -> c.wSigma() > 0).count() - skipped;
        String stmt = "Tested statement (a candidate for the precise transpose theorem): for w_sigma > 0, lambda > 0 and "
                + "s_i^2 != w_sigma lambda, every critical point of L~ is balanced and satisfies W1 = W2^T, and lies on a "
                + "component I subset of {i : s_i^2 > w_sigma lambda}, /I/ <= k, with U^T W2 W1 U = diag_I(t_i^2) and singular "
                + "values of W2 equal to t_i = sqrt((s_i^2 - w_sigma lambda)/(s_i^2 + (1 - w_sigma) lambda)), i in I (else 0). ";
        String evidence = stmt + Numbers.format("Checked on %d critical points (%d cells with w_sigma > 0; %d boundary cells "
                        + "skipped): %d contradict it. The condition w_sigma > 0 is needed: at w_sigma = 0 the gauge probe found %d "
                        + "asymmetric critical points (max relative asymmetry %.2g). Numerical evidence on the grid, not a proof.",
                cases, cells, skipped, failed, zero.probeAsymmetricCritical(), zero.maxProbeAsymmetry());
        Verdict v = failed > 0 ? Verdict.FAILS : (cases == 0 ? Verdict.INCONCLUSIVE : Verdict.HOLDS);
        List<ClaimResult> out = new ArrayList<>();
        out.add(ClaimResult.of(ClaimId.C30, "L_synthetic")
                .verdict(v, Strength.SAMPLED).scope(gridScope(r))
                .cases(cases, failed)
                .worstResidual(worst)
                .counterexample(counter)
                .evidence(evidence).build());
        String ev2 = Numbers.format("Tested classification: a critical point (w_sigma > 0) is a minimum iff I = {1..l}, "
                        + "l = min(k, #{i : s_i^2 > w_sigma lambda}) (as Table 1 for L_sigma with t_i). %d points with a decided "
                        + "inertia (%d minima), %d contradict it; %d points have an inertia too close to call (margin < 1e3) "
                        + "and are not classified.", decided, minima, failedMin, undecided);
        Verdict v2 = failedMin > 0 ? Verdict.FAILS : (minima == 0 ? Verdict.INCONCLUSIVE : Verdict.HOLDS);
        out.add(ClaimResult.of(ClaimId.C30, "L_synthetic")
                .verdict(v2, Strength.SAMPLED).scope(gridScope(r))
                .cases(decided, failedMin)
                .counterexample(counterMin)
                .evidence(ev2).build());
        return out;
    }

    /** What the explorer's grid covers: each data set with its sizes and lambdas, and the weights w_sigma > 0. */
    static String gridScope(Result r) {
        List<String> parts = new ArrayList<>();
        for (SyntheticExplorer.DataSpec d : r.grid().data()) {
            List<String> ls = new ArrayList<>();
            for (double l : d.lambdas()) {
                ls.add(ExploreAnalysis.fmt(l));
            }
            parts.add(Numbers.format("%s (m = %d, n = %d, k = %d, lambda = %s)", d.name(), d.m(), d.n(), d.k(), String.join(", ", ls)));
        }
        List<String> ws = new ArrayList<>();
        for (double w : r.grid().wSigmas()) {
            if (w > 0) {
                ws.add(ExploreAnalysis.fmt(w));
            }
        }
        return "the explorer's grid " + r.grid().name() + ": " + String.join("; ", parts) + "; w_sigma = " + String.join(", ", ws);
    }

    static ClaimResult c28(Result r) {
        Cell paper = null;
        for (Cell c : r.cells()) {
            if (c.data().name().equals("section-4.2") && c.lambda() == 10 && c.wSigma() == 0.5) {
                paper = c;
            }
        }
        if (paper == null) {
            return ClaimResult.of(ClaimId.C28, "L_synthetic")
                    .verdict(Verdict.INCONCLUSIVE, Strength.SAMPLED).scope("the explorer's grid " + r.grid().name())
                    .evidence("the grid has no Section 4.2 cell with lambda = 10 and w_sigma = 0.5").build();
        }
        Cell pi = cell(r, paper, 0);
        Set<String> mh = minimaSets(paper);
        Set<String> mp = pi == null ? Set.of() : minimaSets(pi);
        List<String> scope = new ArrayList<>();
        for (Cell c : r.cells()) {
            if (c.wSigma() == 0.5) {
                Cell z = cell(r, c, 0);
                Set<String> a = minimaSets(c);
                Set<String> b = z == null ? Set.of() : minimaSets(z);
                scope.add(c.data().name() + " lambda=" + ExploreAnalysis.fmt(c.lambda()) + ": L~ minima " + a + ", L_pi minima " + b
                        + (a.equals(b) ? " (same)" : " (differ)"));
            }
        }
        int cases = (int) paper.converged().stream().filter(Point::isMinimum).count();
        String evidence = Numbers.format("Section 4.2 data, lambda = 10: index sets of the minima found (Hessian inertia with "
                        + "no negative eigenvalue) at w_sigma = 0.5: %s (%d minima); of L_pi = L~ at w_sigma = 0: %s. All "
                        + "cells at w_sigma = 0.5: %s.", mh, cases, mp, String.join("; ", scope));
        if (mh.isEmpty() || mp.isEmpty()) {
            return ClaimResult.of(ClaimId.C28, "L_synthetic")
                    .verdict(Verdict.INCONCLUSIVE, Strength.SAMPLED).scope("the explorer's grid " + r.grid().name())
                    .cases(cases, 0)
                    .evidence("no minimum found in one of the two cells. " + evidence).build();
        }
        boolean same = mh.equals(mp);
        return ClaimResult.of(ClaimId.C28, "L_synthetic")
                .verdict(same ? Verdict.HOLDS : Verdict.FAILS, Strength.SAMPLED)
                .atClaimConfiguration(Numbers.format("Newton from %d seeded starts", paper.points().size()))
                .cases(cases, same ? 0 : 1)
                .counterexample(same ? null : "Section 4.2, lambda=10: minima of L~(0.5) on " + mh + " but of L_pi on " + mp)
                .evidence(evidence).build();
    }
}
