package lae.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import lae.census.Census;
import lae.core.Numbers;
import lae.core.Tolerance;

import lae.explore.SyntheticExplorer.Cell;
import lae.explore.SyntheticExplorer.Point;
import lae.landscape.PredictedInertia;

/**
 * Whether the critical points that the explorer's Newton search found lie in the predicted critical set of the
 * synthetic loss: a point is inside when it is transposed (||W1 - W2^T|| &lt;= {@link Tolerance#ASYMMETRY}
 * (1 + |P|)), its product in the singular basis is diag_I(t<sup>2</sup>) for an I with |I| &lt;= k within
 * {i : c_i &gt; lambda_sigma} (residual &lt;= {@link Tolerance#SYNTHETIC_PRODUCT} (1 + |P|)), and, where its inertia is
 * decided, the inertia is that of {@link PredictedInertia} for this I.
 */
public final class PredictedSetMembership {

    /** The outcome for one cell. */
    public record Outcome(double wSigma, double lambda, int starts, int converged, int inside, int inertiaChecked,
                          List<String> outside, List<String> componentsSeen) {
    }

    private PredictedSetMembership() {
    }

    public static Outcome of(Cell cell) {
        int k = cell.data().k();
        double ls = cell.wSigma() * cell.lambda();
        double[] s = cell.data().singularValues();
        double[] c = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            c[i] = s[i] * s[i];
        }
        int inside = 0;
        int inertiaChecked = 0;
        List<String> outside = new ArrayList<>();
        TreeMap<String, Integer> seen = new TreeMap<>();
        for (Point p : cell.converged()) {
            int[] set = p.indexSet();
            String why = null;
            if (!(p.asymmetry() <= Tolerance.ASYMMETRY.value())) {
                why = "asymmetric (" + Numbers.sci(p.asymmetry(), 2) + ")";
            } else if (set.length > k) {
                why = "|I| = " + set.length + " > k";
            } else if (!(p.productResidual() <= Tolerance.SYNTHETIC_PRODUCT.value())) {
                why = "W2 W1 is not diag_I(t^2) (residual " + Numbers.sci(p.productResidual(), 2) + ")";
            } else if (p.inertiaDecided()) {
                inertiaChecked++;
                int fi = PredictedInertia.index(c, ls, k, set);
                int fn = PredictedInertia.nullity(c, ls, k, set);
                if (p.negative() != fi || p.zero() != fn) {
                    why = "inertia " + p.negative() + "-, " + p.zero() + "0 but the formula gives " + fi + "-, " + fn + "0";
                }
            }
            String label = Census.label(zeroBased(set));
            seen.merge(label, 1, Integer::sum);
            if (why == null) {
                inside++;
            } else if (outside.size() < 5) {
                outside.add("start " + p.start() + ", I = " + label + ": " + why);
            }
        }
        List<String> comps = new ArrayList<>();
        seen.forEach((key, v) -> comps.add(key + " x" + v));
        return new Outcome(cell.wSigma(), cell.lambda(), cell.points().size(), cell.converged().size(), inside,
                inertiaChecked, outside, comps);
    }

    private static int[] zeroBased(int[] oneBased) {
        int[] out = new int[oneBased.length];
        for (int j = 0; j < oneBased.length; j++) {
            out[j] = oneBased[j] - 1;
        }
        return out;
    }
}
