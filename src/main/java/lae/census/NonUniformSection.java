package lae.census;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Reading;
import lae.core.Strength;
import lae.core.Verdict;
import lae.model.NeighbourLoss;
import lae.report.ReportDocument;

/**
 * The L_nonuniform part of a neighbours report: the census's tables (index histogram with signs, Morse inequalities,
 * Newton, conditioning at the minimum) and the verdicts on BAO-T1, BAO-Morse, BAO-1 and BAO-2.
 */
final class NonUniformSection {
    private NonUniformSection() {
    }

    /**
     * The Morse inequalities of a coercive function on R^N with non-degenerate critical points, counts c_i by index:
     * weak c_i &gt;= b_i (b_0 = 1, b_i = 0 else), strong sum_{i &lt;= q} (-1)^(q-i) c_i &gt;= (-1)^q for every q, and
     * sum_i (-1)^i c_i = chi(R^N) = 1. Returns the rows of the check, one per q, and whether all hold (last element).
     */
    static List<List<String>> morse(Map<Integer, List<BigInteger>> histogram, boolean[] holds) {
        List<List<String>> rows = new ArrayList<>();
        int top = histogram.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        BigInteger alternating = BigInteger.ZERO;
        holds[0] = true;
        for (int q = 0; q <= top; q++) {
            BigInteger c = histogram.containsKey(q) ? histogram.get(q).get(1) : BigInteger.ZERO;
            alternating = alternating.negate().add(c);
            BigInteger b = q == 0 ? BigInteger.ONE : BigInteger.ZERO;
            boolean weak = c.compareTo(b) >= 0;
            boolean strong = alternating.compareTo(BigInteger.valueOf(q % 2 == 0 ? 1 : -1)) >= 0;
            holds[0] &= weak && strong;
            rows.add(List.of(String.valueOf(q), c.toString(), b.toString(), weak ? "yes" : "NO", alternating.toString(),
                    String.valueOf(q % 2 == 0 ? 1 : -1), strong ? "yes" : "NO"));
        }
        BigInteger euler = top % 2 == 0 ? alternating : alternating.negate();
        holds[1] = euler.equals(BigInteger.ONE);
        holds[0] &= holds[1];
        rows.add(List.of("sum (-1)^i c_i", euler.toString(), "1", "", "", "", holds[1] ? "yes" : "NO"));
        return rows;
    }

    static void write(ReportDocument.Builder d, NeighbourClaimFile cf, NeighbourLoss loss, NonUniformCensus.Result r) {
        d.section(loss.name() + " (lambda_j = " + loss.weights() + ")")
                .paragraph("Predicted (BAO-T1): " + r.matchings() + " matchings of latent units to principal directions, "
                        + r.points() + " critical points with signs. " + (r.exhaustive() ? "Every matching" : r.checked()
                        + " matchings (those with at most one matched unit, the minimum and a seeded sample of "
                        + cf.sampledMatchings + "; beyond " + NonUniformCensus.EXHAUSTIVE_LIMIT + " matchings the census samples)")
                        + " checked: largest |grad f| / (1 + ||C||_F) = " + Numbers.sci(r.worstGradient()) + "; inertia from the "
                        + "Hessian's blocks against the predicted index (nullity 0)" + (r.denseChecked() > 0 ? ", the blocks "
                        + "against the dense Hessian on " + r.denseChecked() + " points (" + r.denseDisagree() + " disagreeing)" : "")
                        + "; " + r.failed() + " contradicted the prediction. The minimum: " + r.minimum() + " (" + r.minimumPoints()
                        + " points, the signs).");
        if (!r.failures().isEmpty()) {
            d.bullets(r.failures());
        }
        d.table("index_histogram", "Index histogram of " + loss.name() + ": per index, the matchings (points up to the signs "
                        + "of the matched units) and the critical points counted with their signs, from the closed form "
                        + "(`census.NonUniformIndexCount`: a dynamic programme over the directions, exact integers; it counts the "
                        + "predicted points)" + (r.enumeratedAgrees() == null ? "." : r.enumeratedAgrees()
                        ? ", equal bin by bin to the enumeration of every matching above." : ", which DIFFERS from the enumeration of every matching above."),
                List.of("index", "matchings (up to sign)", "points (with signs)"), NeighbourReport.histogramRows(r.histogram(), 2));
        boolean[] holds = new boolean[2];
        d.table("morse", "Morse inequalities on the exact counts c_i (points with signs) against the Betti numbers of R^N "
                        + "(b_0 = 1): weak c_q >= b_q; strong S_q = sum_{i <= q} (-1)^(q-i) c_i >= (-1)^q; Euler characteristic. "
                        + "Every q is checked; a long table shows its head, its tail and any failing row.",
                List.of("q", "c_q", "b_q", "weak", "S_q", "(-1)^q", "strong"),
                NeighbourReport.headAndTail(morse(r.histogram(), holds), row -> row.contains("NO")));
        NonUniformCensus.Newton n = r.newton();
        d.paragraph(n.starts() == 0 ? "No Newton search at this size (its dense Hessian is out of reach): no verdict on "
                + "completeness, nor on BAO-1's landscape reading, from this report." : "Newton (`numeric.CriticalPointSolver`) from " + n.starts() + " random starts: " + n.converged() + " converged, "
                + n.predicted() + " at a predicted point (" + n.distinct() + " distinct matchings, " + n.minima() + " at the minimum), "
                + n.outside().size() + " outside." + (n.outside().isEmpty() ? "" : " Outside: " + String.join("; ", n.outside())));
        List<List<String>> cond = new ArrayList<>();
        for (NonUniformCensus.Conditioning c : r.conditioning()) {
            cond.add(List.of(String.valueOf(c.k()), Numbers.general(c.condition(), 6), Double.isNaN(c.dense()) ? "-" : Numbers.general(c.dense(), 6),
                    Numbers.general(c.uniform(), 6), String.valueOf(c.uniformZeros())));
        }
        d.table("conditioning", "The landscape reading of \"eventually\" (BAO-2): the condition number of the Hessian at the "
                        + "minimum, largest / smallest eigenvalue, for the first k' weights (blocks; the dense Hessian beside it where "
                        + "affordable). Beside it the uniform L_sigma at lambda = lambda_1: largest / smallest positive eigenvalue, "
                        + "and its zero eigenvalues, the tangent of the O(k') orbit of its minimum (r(r-1)/2 + r(k'-r), r matched "
                        + "units), which gradient descent never needs to traverse.",
                List.of("k'", "cond (L_nonuniform, blocks)", "cond (dense)", "cond (L_sigma, positive part)", "L_sigma zero modes"), cond);
    }

    static List<ClaimResult> verdicts(NeighbourClaimFile cf, NeighbourLoss loss, NonUniformCensus.Result r) {
        String scope = cf.scope() + ", " + loss.name() + ", lambda = " + Numbers.format("%s", cf.lambda);
        List<ClaimResult> out = new ArrayList<>();
        Strength predictedStrength = r.exhaustive() ? Strength.EXHAUSTIVE : Strength.SAMPLED;
        Verdict predicted = r.failed() == 0 ? Verdict.HOLDS : Verdict.FAILS;
        out.add(ClaimResult.of(ClaimId.BAO_T1, loss.name()).reading(Reading.PREDICTED).verdict(predicted, predictedStrength)
                .scope(scope).cases(r.checked(), r.failed()).worstResidual(r.worstGradient())
                .counterexample(r.failures().isEmpty() ? null : r.failures().get(0))
                .evidence((r.exhaustive() ? "Every" : "A sample of " + r.checked() + " of the " + r.matchings()) + " predicted "
                        + "matchings: critical, with the predicted index and no zero eigenvalue (Hessian blocks"
                        + (r.denseChecked() > 0 ? ", dense Hessian on " + r.denseChecked() : "") + ").").build());
        NonUniformCensus.Newton n = r.newton();
        Verdict complete = n.converged() == 0 ? Verdict.INCONCLUSIVE : n.outside().isEmpty() ? Verdict.HOLDS : Verdict.FAILS;
        if (n.starts() > 0) {
            out.add(ClaimResult.of(ClaimId.BAO_T1, loss.name()).reading(Reading.COMPLETENESS).verdict(complete, Strength.SAMPLED)
                    .scope(scope).cases(n.converged(), n.outside().size()).counterexample(n.outside().isEmpty() ? null : n.outside().get(0))
                    .evidence("Newton from " + n.starts() + " random starts: " + n.converged() + " converged, every one "
                            + (n.outside().isEmpty() ? "at a predicted point" : "NOT at a predicted point: " + n.outside().size())
                            + " (" + n.distinct() + " distinct matchings). Sampled: it can miss points; `./lae algebra` certifies "
                            + "completeness at small sizes.").build());
        }
        out.add(morseVerdict(loss, scope, r));
        BigInteger minima = r.histogram().containsKey(0) ? r.histogram().get(0).get(1) : BigInteger.ZERO;
        boolean landscape = predicted == Verdict.HOLDS && complete == Verdict.HOLDS && minima.equals(BigInteger.valueOf(r.minimumPoints()));
        if (n.starts() > 0) {
            out.add(ClaimResult.of(ClaimId.BAO_1, loss.name()).reading(Reading.LANDSCAPE)
                .verdict(landscape ? Verdict.HOLDS : Verdict.INCONCLUSIVE, Strength.SAMPLED).scope(scope)
                .evidence("Landscape reading: the only local minima are the " + r.minimumPoints() + " points of " + r.minimum()
                        + ", units by increasing lambda_j on the principal directions by decreasing s_i (ordered, axis-aligned), "
                        + "every other critical point a saddle; as strong as the weaker half of BAO-T1 (completeness: sampled).")
                .build());
        }
        out.add(training(loss, scope, r.descent()));
        boolean increasing = true;
        for (int i = 1; i < r.conditioning().size(); i++) {
            increasing &= r.conditioning().get(i).condition() > r.conditioning().get(i - 1).condition();
        }
        NonUniformCensus.Conditioning first = r.conditioning().get(0);
        NonUniformCensus.Conditioning last = r.conditioning().get(r.conditioning().size() - 1);
        out.add(ClaimResult.of(ClaimId.BAO_2, loss.name()).reading(Reading.LANDSCAPE)
                .verdict(increasing ? Verdict.HOLDS : Verdict.INCONCLUSIVE, Strength.EXHAUSTIVE).scope(scope + ", k' = 1.." + cf.k)
                .evidence("Condition number of the Hessian at the minimum " + (increasing ? "increases" : "does not increase monotonically")
                        + " with k': " + Numbers.general(first.condition(), 4) + " at k' = 1 to " + Numbers.general(last.condition(), 4)
                        + " at k' = " + last.k() + " (blocks, every k'; one configuration's weights: a trend here, not a law).").build());
        out.add(ClaimResult.of(ClaimId.BAO_2, loss.name()).reading(Reading.TRAINING).verdict(Verdict.INCONCLUSIVE, Strength.NONE)
                .scope(scope).evidence("Training reading (convergence is slow) not checked: no training run.").build());
        return out;
    }

    private static ClaimResult morseVerdict(NeighbourLoss loss, String scope, NonUniformCensus.Result r) {
        ClaimResult.Builder b = ClaimResult.of(ClaimId.BAO_MORSE, loss.name()).scope(scope);
        if (Boolean.FALSE.equals(r.enumeratedAgrees())) {
            return b.verdict(Verdict.INCONCLUSIVE, Strength.NONE)
                    .evidence("The closed-form histogram differs from the enumeration of the matchings: no test.").build();
        }
        boolean[] holds = new boolean[2];
        morse(r.histogram(), holds);
        BigInteger total = r.histogram().values().stream().map(x -> x.get(1)).reduce(BigInteger.ZERO, BigInteger::add);
        return b.verdict(holds[0] && total.equals(r.points()) ? Verdict.HOLDS : Verdict.FAILS, Strength.SAMPLED)
                .cases(r.histogram().lastKey() + 1, holds[0] ? 0 : 1)
                .evidence("Weak and strong Morse inequalities at every q = 0.." + r.histogram().lastKey() + " and sum (-1)^index = 1 "
                        + "on the exact counts of the predicted points by index (" + total + " with signs, from the closed form"
                        + (total.equals(r.points()) ? ", the count's total" : ", NOT the count's total " + r.points())
                        + "); sampled because the counts are those of the classification, whose indices are checked "
                        + (r.exhaustive() ? "on every matching" : "on a sample of matchings") + " and whose completeness "
                        + (r.newton().starts() > 0 ? "only as far as the Newton search (or, at small sizes, the algebra engine) shows"
                        : "is not checked at this size (no Newton search; the algebra engine certifies it at small sizes only)")
                        + ".").build();
    }

    private static ClaimResult training(NeighbourLoss loss, String scope, NonUniformDescent.Result d) {
        ClaimResult.Builder b = ClaimResult.of(ClaimId.BAO_1, loss.name()).reading(Reading.TRAINING).scope(scope);
        if (d == null) {
            return b.verdict(Verdict.INCONCLUSIVE, Strength.NONE)
                    .evidence("Training reading (that gradient descent learns them) not checked: no training run.").build();
        }
        Verdict v = d.elsewhere() > 0 ? Verdict.FAILS : d.converged() == d.runs() && d.atMinimum() == d.runs() ? Verdict.HOLDS : Verdict.INCONCLUSIVE;
        return b.verdict(v, Strength.OBSERVED).cases(d.runs(), d.elsewhere())
                .evidence("Full-batch gradient descent (step 1/(8 s_1^2), starts N(0, 0.01)) from " + d.runs() + " seeded starts: "
                        + d.converged() + " reached ||grad|| <= " + NonUniformDescent.TOLERANCE + " (1 + ||C||_F) within "
                        + NonUniformDescent.MAX_ITERATIONS + " iterations (the slowest in " + d.maxIterations() + "), " + d.atMinimum()
                        + " at the ordered, axis-aligned minimum, " + d.elsewhere() + " elsewhere.").build();
    }

    static Map<String, Object> data(NonUniformCensus.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("matchings", r.matchings().toString());
        m.put("points_with_signs", r.points().toString());
        m.put("exhaustive", r.exhaustive());
        m.put("checked_matchings", r.checked());
        m.put("counted_by", "matchings (points up to sign) and points with signs");
        m.put("histogram_source", "closed form (census.NonUniformIndexCount)" + (r.enumeratedAgrees() == null ? ""
                : r.enumeratedAgrees() ? "; equal to the enumeration" : "; DIFFERS from the enumeration"));
        m.put("index_histogram", NeighbourReport.histogramData(r.histogram(), List.of("matchings_up_to_sign", "points_with_signs")));
        m.put("minimum", r.minimum());
        List<Map<String, Object>> cond = new ArrayList<>();
        for (NonUniformCensus.Conditioning c : r.conditioning()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("k", c.k());
            row.put("condition", c.condition());
            row.put("condition_dense", Double.isNaN(c.dense()) ? null : c.dense());
            row.put("uniform_condition", c.uniform());
            row.put("uniform_zero_modes", c.uniformZeros());
            cond.add(row);
        }
        m.put("conditioning_at_minimum", cond);
        return m;
    }
}
