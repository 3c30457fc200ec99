package lae.algebra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hipparchus.fraction.BigFraction;

import lae.core.ClaimId;
import lae.core.Reading;
import lae.core.Strength;
import lae.core.Verdict;
import lae.landscape.IndexSet;
import lae.landscape.NonUniformTableOne;
import lae.landscape.TiedTableOne;

/**
 * Completeness of the neighbours' classifications (BAO-T1, KUNIN-T1), certified by the exact critical variety. Both
 * compare the components' W2 W1 (reduced modulo each prime; constant and diagonal on every component the
 * classifications predict) with the predicted diagonals, in exact rationals:
 * <ul>
 *   <li>L_nonuniform: the critical variety is zero-dimensional; the real points of every component are counted exactly
 *       (Sturm); the multiset {diagonal of W2 W1: number of real points} must equal the prediction's {c_j^2 = 1 -
 *       lambda_j / s_i^2 at pi(j): 2^r} over every matching pi, and every real component must lie in {W1 = W2^T}. Since
 *       a matching is determined by its diagonal (distinct lambda_j), equality means: the real critical points are
 *       exactly the predicted ones.</li>
 *   <li>L_tied: the components are positive-dimensional and their real points are often undecided; but a component on
 *       which W^T W is the constant diag(1 - lambda / s_i^2 on I, 0 elsewhere) has as its real points exactly the W =
 *       R D_I U_I^T with R^T R = I, the predicted component of I. So completeness holds when every component not
 *       certified free of real points has a predicted diagonal.</li>
 * </ul>
 */
final class NeighbourCompleteness {
    private NeighbourCompleteness() {
    }

    static AlgebraVerdict nonUniform(LossLandscape l) {
        ClaimId claim = ClaimId.BAO_T1;
        if (l.status() != LossLandscape.Status.COMPLETE) {
            return row(l, claim, Verdict.INCONCLUSIVE, Strength.NONE, 0, 0, null, "No critical variety: " + l.reason() + ".");
        }
        List<BigFraction> c = l.data().covarianceDiagonal();
        List<BigFraction> lambda = l.loss().sumWeights();
        NonUniformTableOne t;
        try {
            t = NonUniformTableOne.of(doubles(c), doubles(lambda));
        } catch (IllegalArgumentException e) {
            return row(l, claim, Verdict.INCONCLUSIVE, Strength.NONE, 0, 0, null, "Outside the classification's case: " + e.getMessage() + ".");
        }
        Map<String, Long> predicted = new TreeMap<>();
        for (NonUniformTableOne.Point p : t.enumerate()) {
            List<String> diag = new ArrayList<>();
            for (int i = 0; i < c.size(); i++) {
                diag.add("0");
            }
            for (int j = 0; j < lambda.size(); j++) {
                int d = p.matching().get(j);
                if (d != NonUniformTableOne.OFF) {
                    diag.set(d, LossMember.format(BigFraction.ONE.subtract(lambda.get(j).divide(c.get(d)))));
                }
            }
            predicted.merge(diag.toString(), (long) p.signs(), Long::sum);
        }
        Map<String, Long> found = new TreeMap<>();
        for (Component x : l.components()) {
            if (x.realPoints().status() == RealPoints.Status.NO) {
                continue;
            }
            if (x.realPoints().status() == RealPoints.Status.UNDECIDED || x.realPoints().count() == null || x.productDiagonal() == null
                    || !Boolean.TRUE.equals(x.symmetric())) {
                return row(l, claim, Verdict.INCONCLUSIVE, Strength.CERTIFIED, l.components().size(), 0, null,
                        "A component with real points is not decided (dimension " + x.dimension() + ", real points "
                        + x.realPoints().status() + ", W2 W1 " + (x.productDiagonal() == null ? "not constant" : "constant")
                        + ", symmetric " + x.symmetric() + ").");
            }
            found.merge(x.productDiagonal().toString(), (long) x.realPoints().count(), Long::sum);
        }
        long points = predicted.values().stream().mapToLong(Long::longValue).sum();
        if (found.equals(predicted)) {
            return row(l, claim, Verdict.HOLDS, Strength.CERTIFIED, l.components().size(), 0, null, "Every real critical point "
                    + "(Singular's primes, real points counted by Sturm sequences) lies in {W1 = W2^T}, and the real points per "
                    + "diagonal of W2 W1 are exactly the prediction's: " + predicted.size() + " matchings, " + points
                    + " points with signs.");
        }
        String first = null;
        for (String k : union(predicted, found)) {
            if (!java.util.Objects.equals(predicted.get(k), found.get(k))) {
                first = "W2 W1 = diag" + k + ": predicted " + predicted.getOrDefault(k, 0L) + " points, found " + found.getOrDefault(k, 0L);
                break;
            }
        }
        return row(l, claim, Verdict.FAILS, Strength.CERTIFIED, l.components().size(), 1, first,
                "The real critical points differ from the prediction: " + first + ".");
    }

    static AlgebraVerdict tied(LossLandscape l) {
        ClaimId claim = ClaimId.KUNIN_T1;
        if (l.status() != LossLandscape.Status.COMPLETE) {
            return row(l, claim, Verdict.INCONCLUSIVE, Strength.NONE, 0, 0, null, "No critical variety: " + l.reason() + ".");
        }
        List<BigFraction> c = l.data().covarianceDiagonal();
        BigFraction lambda = l.loss().lambda();
        TiedTableOne t;
        try {
            t = TiedTableOne.of(doubles(c), lambda.doubleValue(), l.k());
        } catch (IllegalArgumentException e) {
            return row(l, claim, Verdict.INCONCLUSIVE, Strength.NONE, 0, 0, null, "Outside the classification's case: " + e.getMessage() + ".");
        }
        List<String> predicted = new ArrayList<>();
        for (TiedTableOne.Component comp : t.components()) {
            IndexSet idx = comp.indexSet();
            List<String> diag = new ArrayList<>();
            for (int i = 1; i <= c.size(); i++) {
                diag.add(idx.contains(i) ? LossMember.format(BigFraction.ONE.subtract(lambda.divide(c.get(i - 1)))) : "0");
            }
            predicted.add(diag.toString());
        }
        List<String> seen = new ArrayList<>();
        for (Component x : l.components()) {
            if (x.realPoints().status() == RealPoints.Status.NO) {
                continue;
            }
            String d = x.productDiagonal() == null ? null : x.productDiagonal().toString();
            if (d == null || !predicted.contains(d)) {
                String what = "a component of dimension " + x.dimension() + " (real points " + x.realPoints().status() + ") with W^T W "
                        + (d == null ? "not constant" : "= diag" + d + ", no predicted component");
                return x.real()
                        ? row(l, claim, Verdict.FAILS, Strength.CERTIFIED, l.components().size(), 1, what, "Outside the prediction: " + what + ".")
                        : row(l, claim, Verdict.INCONCLUSIVE, Strength.CERTIFIED, l.components().size(), 0, null,
                                "Not decided: " + what + ", and its real points are not decided.");
            }
            if (!seen.contains(d)) {
                seen.add(d);
            }
        }
        return row(l, claim, Verdict.HOLDS, Strength.CERTIFIED, l.components().size(), 0, null, "Every component of the complex "
                + "critical variety is certified free of real points or has W^T W constant and equal to a predicted diag(1 - lambda/s_i^2 "
                + "on I): its real points lie in the predicted component of I. " + seen.size() + " of the " + predicted.size()
                + " predicted diagonals appear.");
    }

    private static List<String> union(Map<String, Long> a, Map<String, Long> b) {
        TreeMap<String, Long> u = new TreeMap<>(a);
        u.putAll(b);
        return new ArrayList<>(u.keySet());
    }

    private static double[] doubles(List<BigFraction> xs) {
        return xs.stream().mapToDouble(BigFraction::doubleValue).toArray();
    }

    private static AlgebraVerdict row(LossLandscape l, ClaimId claim, Verdict v, Strength s, int checked, int failed, String counterexample,
                                      String evidence) {
        return new AlgebraVerdict(claim, l.loss().name(), Reading.COMPLETENESS, v, s, l.scope(), checked, failed, counterexample, null, evidence);
    }
}
