package lae.explore;

import lae.core.Tolerances;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.ejml.data.DMatrixRMaj;

import lae.core.Progress;
import lae.landscape.IndexSet;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;
import lae.numeric.HessianInertia;
import lae.numeric.Inertia;

/**
 * The exhaustive census of the synthetic loss's conjectured Table 1 on one configuration, for each weight
 * w_sigma &gt; 0: every predicted component (every I within {i : c_i &gt; lambda_sigma} with |I| &lt;= k) is built
 * in the singular basis, its closed-form gradient is checked to vanish, and the inertia of its Hessian, from the
 * exact blocks of {@link SyntheticBlockHessian} classified by {@link Inertia#of} (the rule and margin of the
 * dense path), is compared with {@link SyntheticIndexFormula}. A seeded sample of components is also classified
 * densely, by {@link HessianInertia#of} on the full Hessian of {@link RegularizedLaeLoss}, as a cross-check of the
 * block path. Parallel over components; one block Hessian per worker thread.
 */
public final class SyntheticCensus {

    /** A disagreement between the measured inertia and the formula (or an undecided classification). */
    public record Finding(String indexSet, int negative, int zero, int positive, double margin, int formulaIndex,
                          int formulaNullity, String what) {
    }

    /** A dense cross-check of one component. */
    public record DenseCheck(String indexSet, String dense, String blocks, boolean decided, boolean agree, double margin,
                             double gradient) {
    }

    /** The census at one weight. */
    public record WeightCensus(double wSigma, double lambdaSigma, double lambdaPi, int universe, boolean boundary,
                               int components, int critical, double worstGradient, int indexAgree, int nullityAgree,
                               int undecided, double smallestMargin, List<Finding> findings, List<String> minima,
                               String predictedMinimum, List<DenseCheck> dense, long[][] indexCounts, double seconds) {
        /** Every component critical, decided and matching both formulas. */
        public boolean allAgree() {
            return !boundary && critical == components && indexAgree == components && nullityAgree == components
                    && undecided == 0 && dense.stream().allMatch(DenseCheck::agree);
        }
    }

    private final DataMatrix data;
    private final double[] singular;
    private final int k;
    private final double lambda;
    private final int denseSample;
    private final long seed;

    /**
     * @param data        the data (its singular values define the census; the dense sample uses its singular basis)
     * @param denseSample components per weight that are also classified densely
     */
    public SyntheticCensus(DataMatrix data, int k, double lambda, int denseSample, long seed) {
        this.data = data;
        this.singular = data.singularValues();
        this.k = k;
        this.lambda = lambda;
        this.denseSample = denseSample;
        this.seed = seed;
    }

    public WeightCensus run(double wSigma, Progress progress) {
        long t0 = System.nanoTime();
        double ls = wSigma * lambda;
        double lp = (1 - wSigma) * lambda;
        int m = singular.length;
        double[] c = new double[m];
        boolean boundary = false;
        for (int i = 0; i < m; i++) {
            c[i] = singular[i] * singular[i];
            boundary |= Math.abs(c[i] - ls) <= Tolerances.SYNTHETIC_BOUNDARY * c[i];
        }
        int universe = new SyntheticBlockHessian(singular, k, lambda, wSigma).activeUniverse();
        List<int[]> sets = new ArrayList<>();
        IndexSet.forEachUpTo(universe, k, s -> sets.add(s.toArray()));
        int n = sets.size();
        int[] neg = new int[n];
        int[] zero = new int[n];
        int[] pos = new int[n];
        double[] margin = new double[n];
        double[] grad = new double[n];
        ThreadLocal<SyntheticBlockHessian> blocks = ThreadLocal.withInitial(() -> new SyntheticBlockHessian(singular, k, lambda, wSigma));
        ThreadLocal<double[]> ev = ThreadLocal.withInitial(() -> new double[2 * k * m]);
        ThreadLocal<int[]> zb = ThreadLocal.withInitial(() -> new int[k]);
        progress.start("synthetic census w_sigma=" + wSigma + ": " + n + " components", n);
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, n).parallel().forEach(i -> {
            SyntheticBlockHessian bh = blocks.get();
            int[] one = sets.get(i);
            int[] z = zb.get();
            for (int r = 0; r < one.length; r++) {
                z[r] = one[r] - 1;
            }
            double[] e = ev.get();
            bh.eigenvalues(z, one.length, e);
            Inertia in = Inertia.of(e);
            neg[i] = in.negative();
            zero[i] = in.zero();
            pos[i] = in.positive();
            margin[i] = in.margin();
            grad[i] = bh.gradientNorm(z, one.length) / Math.max(1, in.scale());
            if (done.incrementAndGet() % 4096 == 0) {
                progress.step(4096);
            }
        });
        progress.done();
        int critical = 0;
        int indexAgree = 0;
        int nullityAgree = 0;
        int undecided = 0;
        double worstGradient = 0;
        double smallestMargin = Double.POSITIVE_INFINITY;
        List<Finding> findings = new ArrayList<>();
        List<String> minima = new ArrayList<>();
        // measured Morse indices per component size l (decided components only): the input of the Morse-Bott test
        long[][] indexCounts = new long[k + 1][2 * k * m + 1];
        for (int i = 0; i < n; i++) {
            int[] one = sets.get(i);
            int fi = SyntheticIndexFormula.index(c, ls, k, one);
            int fn = SyntheticIndexFormula.nullity(c, ls, k, one);
            worstGradient = Math.max(worstGradient, grad[i]);
            critical += grad[i] <= Tolerances.BLOCK_GRADIENT ? 1 : 0;
            smallestMargin = Math.min(smallestMargin, margin[i]);
            boolean decided = margin[i] >= Tolerances.INERTIA_MIN_MARGIN;
            if (!decided) {
                undecided++;
            }
            indexAgree += decided && neg[i] == fi ? 1 : 0;
            nullityAgree += decided && zero[i] == fn ? 1 : 0;
            if ((!decided || neg[i] != fi || zero[i] != fn || grad[i] > Tolerances.BLOCK_GRADIENT) && findings.size() < 10) {
                findings.add(new Finding(setString(one), neg[i], zero[i], pos[i], margin[i], fi, fn,
                        !decided ? "margin below " + Tolerances.INERTIA_MIN_MARGIN : grad[i] > Tolerances.BLOCK_GRADIENT ? "gradient not 0" : "formula disagrees"));
            }
            if (decided && neg[i] == 0) {
                minima.add(setString(one));
            }
            if (decided) {
                indexCounts[one.length][neg[i]]++;
            }
        }
        int l = Math.min(k, universe);
        int[] first = new int[l];
        for (int r = 0; r < l; r++) {
            first[r] = r + 1;
        }
        List<DenseCheck> dense = denseCheck(wSigma, sets, neg, zero, pos);
        return new WeightCensus(wSigma, ls, lp, universe, boundary, n, critical, worstGradient, indexAgree, nullityAgree,
                undecided, smallestMargin, findings, minima, setString(first), dense, indexCounts, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * A seeded sample (always including I = {} and I = {1..min(k, m_s)}) classified by {@link HessianInertia#of} on the
     * dense Hessian of {@link RegularizedLaeLoss} in the singular basis.
     */
    List<DenseCheck> denseCheck(double wSigma, List<int[]> sets, int[] neg, int[] zero, int[] pos) {
        List<DenseCheck> out = new ArrayList<>();
        if (denseSample <= 0) {
            return out;
        }
        DataMatrix basis = data.inSingularBasis();
        RegularizedLaeLoss loss = RegularizedLaeLoss.of(LossKind.SYNTHETIC, lambda, wSigma, basis.covariance(), k);
        SyntheticBlockHessian bh = new SyntheticBlockHessian(singular, k, lambda, wSigma);
        Random rnd = new Random(seed ^ Double.doubleToLongBits(wSigma));
        List<Integer> pick = new ArrayList<>();
        pick.add(0);
        int top = -1;
        int l = Math.min(k, bh.activeUniverse());
        for (int i = 0; i < sets.size(); i++) {
            int[] s = sets.get(i);
            if (s.length == l && (l == 0 || s[l - 1] == l)) {
                top = i;
                break;
            }
        }
        if (top > 0) {
            pick.add(top);
        }
        while (pick.size() < Math.min(denseSample, sets.size())) {
            int i = rnd.nextInt(sets.size());
            if (!pick.contains(i)) {
                pick.add(i);
            }
        }
        for (int i : pick) {
            int[] one = sets.get(i);
            int[] z = Arrays.stream(one).map(v -> v - 1).toArray();
            LaePoint p = bh.point(z, z.length);
            DMatrixRMaj h = loss.hessian(p);
            HessianInertia hi = HessianInertia.of(h);
            double scale = 0;
            for (double v : h.data) {
                scale = Math.max(scale, Math.abs(v));
            }
            double g = loss.gradient(p).norm() / Math.max(1, scale);
            boolean agree = hi.decided() && hi.negative() == neg[i] && hi.zero() == zero[i] && hi.positive() == pos[i];
            out.add(new DenseCheck(setString(one), hi.negative() + "-, " + hi.zero() + "0, " + hi.positive() + "+",
                    neg[i] + "-, " + zero[i] + "0, " + pos[i] + "+", hi.decided(), agree, hi.margin(), g));
        }
        return out;
    }

    static String setString(int[] oneBased) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < oneBased.length; i++) {
            b.append(i == 0 ? "" : ",").append(oneBased[i]);
        }
        return b.append('}').toString();
    }
}
