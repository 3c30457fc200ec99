package lae.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;

import lae.census.Census;
import lae.core.Progress;
import lae.core.Tolerance;
import lae.landscape.PredictedInertia;
import lae.landscape.TableOne;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossMember;
import lae.model.RegularizedLaeLoss;
import lae.numeric.HessianInertia;

/**
 * The synthetic loss's conjectured Table 1 on one configuration, checked exhaustively for each weight w_sigma &gt; 0 on
 * the census engine ({@link Census} of the member L_synthetic(w), {@link TableOne}'s components: every I within
 * {i : c_i &gt; lambda_sigma} with |I| &lt;= k): the closed-form gradient must vanish and the inertia from the exact
 * blocks must be that of {@link PredictedInertia}. A seeded sample of components is also classified densely, by
 * {@link HessianInertia#of} on the full Hessian of {@link RegularizedLaeLoss} in the singular basis, as a cross-check
 * of the block path.
 *
 * @param data        the data (its singular values define the census; the dense sample uses its singular basis)
 * @param k           the latent dimension
 * @param lambda      the regularization weight
 * @param denseSample components per weight that are also classified densely
 * @param seed        the seed of the dense sample
 */
public record SyntheticCensus(DataMatrix data, int k, double lambda, int denseSample, long seed) {

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

    /**
     * The census at weight w_sigma in (0, 1].
     *
     * @throws IllegalArgumentException unless 0 &lt; w_sigma &lt;= 1 and lambda &gt; 0 (the conjecture is about a sum weight)
     */
    public WeightCensus run(double wSigma, Progress progress) {
        if (!(wSigma > 0 && wSigma <= 1) || !(lambda > 0)) {
            throw new IllegalArgumentException("need 0 < w_sigma <= 1 and lambda > 0 (got " + wSigma + ", " + lambda + ")");
        }
        long t0 = System.nanoTime();
        LossMember member = LossMember.synthetic(lambda, wSigma);
        double ls = member.lambdaSigma();
        double[] singular = data.singularValues();
        int m = singular.length;
        double[] c = new double[m];
        boolean boundary = false;
        for (int i = 0; i < m; i++) {
            c[i] = singular[i] * singular[i];
            boundary |= Math.abs(c[i] - ls) <= Tolerance.SYNTHETIC_BOUNDARY.value() * c[i];
        }
        TableOne table = TableOne.of(member, singular);
        Census census = Census.run(table, k, Runtime.getRuntime().availableProcessors(), progress);
        int n = census.size();
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
            int[] one = oneBased(census.set(i));
            int neg = census.negative(i);
            int zero = census.zero(i);
            double margin = census.margin(i);
            double grad = census.gradient(i) / Math.max(1, census.scale(i));
            int fi = PredictedInertia.index(c, ls, k, one);
            int fn = PredictedInertia.nullity(c, ls, k, one);
            worstGradient = Math.max(worstGradient, grad);
            critical += grad <= Tolerance.BLOCK_GRADIENT.value() ? 1 : 0;
            smallestMargin = Math.min(smallestMargin, margin);
            boolean decided = census.decided(i);
            if (!decided) {
                undecided++;
            }
            indexAgree += decided && neg == fi ? 1 : 0;
            nullityAgree += decided && zero == fn ? 1 : 0;
            if ((!decided || neg != fi || zero != fn || grad > Tolerance.BLOCK_GRADIENT.value()) && findings.size() < 10) {
                findings.add(new Finding(Census.label(census.set(i)), neg, zero, census.positive(i), margin, fi, fn,
                        !decided ? "margin below " + Tolerance.INERTIA_MIN_MARGIN.value() : grad > Tolerance.BLOCK_GRADIENT.value() ? "gradient not 0" : "formula disagrees"));
            }
            if (decided && neg == 0) {
                minima.add(Census.label(census.set(i)));
            }
            if (decided) {
                indexCounts[one.length][neg]++;
            }
        }
        int l = Math.min(k, census.universe());
        int[] first = new int[l];
        for (int r = 0; r < l; r++) {
            first[r] = r;
        }
        List<DenseCheck> dense = denseCheck(table, census);
        return new WeightCensus(wSigma, ls, member.lambdaPi(), census.universe(), boundary, n, critical, worstGradient, indexAgree,
                nullityAgree, undecided, smallestMargin, findings, minima, Census.label(first), dense, indexCounts,
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * A seeded sample (always including I = {} and I = {1..min(k, m_s)}) classified by {@link HessianInertia#of} on the
     * dense Hessian of {@link RegularizedLaeLoss} in the singular basis.
     */
    List<DenseCheck> denseCheck(TableOne table, Census census) {
        List<DenseCheck> out = new ArrayList<>();
        if (denseSample <= 0) {
            return out;
        }
        DataMatrix basis = data.inSingularBasis();
        RegularizedLaeLoss loss = RegularizedLaeLoss.of(table.member(), basis.covariance(), k);
        Random rnd = new Random(seed ^ Double.doubleToLongBits(table.member().wSigma()));
        int n = census.size();
        List<Integer> pick = new ArrayList<>();
        pick.add(0);
        int top = -1;
        int l = Math.min(k, census.universe());
        for (int i = 0; i < n; i++) {
            if (census.setSize(i) == l && (l == 0 || census.set(i)[l - 1] == l - 1)) {
                top = i;
                break;
            }
        }
        if (top > 0) {
            pick.add(top);
        }
        while (pick.size() < Math.min(denseSample, n)) {
            int i = rnd.nextInt(n);
            if (!pick.contains(i)) {
                pick.add(i);
            }
        }
        for (int i : pick) {
            int[] set = census.set(i);
            LaePoint p = table.point(set, set.length, k);
            DMatrixRMaj h = loss.hessian(p);
            HessianInertia hi = HessianInertia.of(h);
            double scale = 0;
            for (double v : h.data) {
                scale = Math.max(scale, Math.abs(v));
            }
            double g = loss.gradient(p).norm() / Math.max(1, scale);
            boolean agree = hi.decided() && hi.negative() == census.negative(i) && hi.zero() == census.zero(i)
                    && hi.positive() == census.positive(i);
            out.add(new DenseCheck(Census.label(set), hi.negative() + "-, " + hi.zero() + "0, " + hi.positive() + "+",
                    census.negative(i) + "-, " + census.zero(i) + "0, " + census.positive(i) + "+", hi.decided(), agree, hi.margin(), g));
        }
        return out;
    }

    private static int[] oneBased(int[] set) {
        int[] out = new int[set.length];
        for (int j = 0; j < set.length; j++) {
            out[j] = set[j] + 1;
        }
        return out;
    }
}
