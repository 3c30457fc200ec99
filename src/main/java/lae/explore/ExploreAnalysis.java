package lae.explore;

import lae.core.Tolerance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lae.core.Numbers;
import lae.explore.SyntheticExplorer.Cell;
import lae.explore.SyntheticExplorer.Point;
import lae.explore.SyntheticExplorer.Result;
import lae.landscape.IndexSet;

/**
 * Reads the census of {@link SyntheticExplorer}: the summary per w_sigma over every data set and lambda (the verdicts
 * built on it: {@link ExploreVerdicts}), and the number and index-set formats of the explorer's reports.
 */
public final class ExploreAnalysis {

    /** Aggregate over every cell with one w_sigma. */
    public record WeightSummary(double wSigma, int starts, int converged, double maxAsymmetry, double maxImbalance,
                                int probeCritical, int probeAsymmetricCritical, double maxProbeAsymmetry,
                                int minima, Map<String, Integer> components, int[] candidateVerified,
                                double[] candidateWorst, String asymmetricExample) {
        public double convergedFraction() {
            return starts == 0 ? Double.NaN : (double) converged / starts;
        }

        /** W1 = W2^T at every critical point found, including the gauge-probe points that are critical. */
        public boolean transposeEverywhere() {
            return converged > 0 && maxAsymmetry <= Tolerance.ASYMMETRY.value() && probeAsymmetricCritical == 0;
        }
    }

    private ExploreAnalysis() {
    }

    /** "{1,3}": a 1-based increasing index set as the reports print it ({@link IndexSet#toString()}). */
    public static String set(int[] idx) {
        return IndexSet.of(idx).toString();
    }

    public static WeightSummary summary(Result r, double ws) {
        return summary(r, ws, c -> true);
    }

    /** The summary at {@code ws} over the cells {@code which} accepts (e.g. one configuration's). */
    public static WeightSummary summary(Result r, double ws, java.util.function.Predicate<Cell> which) {
        List<Cell> cells = r.cellsAt(ws).stream().filter(which).toList();
        List<Point> converged = cells.stream().flatMap(c -> c.converged().stream()).toList();
        List<Point> probeCritical = converged.stream().filter(p -> p.probeGradient() <= Tolerance.GAUGE_PROBE.value()).toList();
        double maxAsym = converged.stream().mapToDouble(Point::asymmetry).reduce(0, Math::max);
        double maxImb = converged.stream().mapToDouble(Point::imbalance).reduce(0, Math::max);
        Map<String, Integer> comps = new TreeMap<>();
        int nc = r.candidates().size();
        int[] verified = new int[nc];
        double[] worst = new double[nc];
        String example = null;
        double exampleSize = Double.POSITIVE_INFINITY;
        for (Cell c : cells) {
            for (Point p : c.converged()) {
                String key = c.data().name() + " lambda=" + fmt(c.lambda()) + " I=" + set(p.indexSet())
                        + " index " + (p.inertiaDecided() ? String.valueOf(p.negative()) : "?");
                comps.merge(key, 1, Integer::sum);
                for (int j = 0; j < nc; j++) {
                    if (p.candidateResidual()[j] <= Tolerance.COMPRESSION_FORMULA.value()) {
                        verified[j]++;
                    }
                    worst[j] = Math.max(worst[j], p.candidateResidual()[j]);
                }
                boolean asym = !p.symmetric() || p.probeAsymmetricCritical();
                int size = c.data().m() * c.data().k();
                if (asym && size < exampleSize) {
                    exampleSize = size;
                    example = Numbers.format("%s (m=%d, n=%d, k=%d, seed %d), lambda=%s, w_sigma=%s, start #%d: I=%s, "
                                    + "||W1 - W2^T||/(1+|P|) = %.3g at the Newton point; gauge probe (G W1, W2 G^-1): "
                                    + "||grad||/(1+||C||) = %.2g, asymmetry %.3g",
                            c.data().name(), c.data().m(), c.data().n(), c.data().k(), c.data().seed(), fmt(c.lambda()),
                            fmt(ws), p.start(), set(p.indexSet()), p.asymmetry(), p.probeGradient(), p.probeAsymmetry());
                }
            }
        }
        int conv = converged.size();
        return new WeightSummary(ws, cells.stream().mapToInt(c -> c.points().size()).sum(), conv, conv == 0 ? Double.NaN : maxAsym,
                conv == 0 ? Double.NaN : maxImb, probeCritical.size(), probeAsym(r, ws),
                probeCritical.stream().mapToDouble(Point::probeAsymmetry).reduce(0, Math::max),
                (int) converged.stream().filter(Point::isMinimum).count(), comps, verified, worst, example);
    }

    private static int probeAsym(Result r, double ws) {
        int n = 0;
        for (Cell c : r.cellsAt(ws)) {
            for (Point p : c.points()) {
                if (p.probeAsymmetricCritical()) {
                    n++;
                }
            }
        }
        return n;
    }

    public static Map<Double, WeightSummary> summaries(Result r) {
        Map<Double, WeightSummary> m = new LinkedHashMap<>();
        for (double ws : r.grid().wSigmas()) {
            m.put(ws, summary(r, ws));
        }
        return m;
    }

    public static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
                : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
