package lae.census;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.ejml.data.DMatrixRMaj;

import lae.core.Progress;
import lae.landscape.NonUniformTableOne;
import lae.model.LaePoint;
import lae.model.LossMember;
import lae.model.NeighbourLoss;
import lae.model.RegularizedLaeLoss;
import lae.numeric.CriticalPointSolver;
import lae.numeric.HessianInertia;

/**
 * The census of L_nonuniform at one configuration (claim BAO-T1 and what rests on it): every predicted point of
 * {@link NonUniformTableOne} (all of them when there are at most {@link #EXHAUSTIVE_LIMIT} matchings; else the points
 * with at most one matched unit, the minimum and a seeded sample) checked critical (closed-form gradient) with the
 * predicted inertia from the Hessian's blocks ({@link NeighbourBlocks}), the blocks cross-checked against the dense
 * Hessian on a sample; Newton ({@link CriticalPointSolver}) from random starts, every converged point identified with a
 * predicted one or reported as outside; the index histogram; the condition number at the minimum as k grows, beside
 * the uniform L_sigma's.
 */
final class NonUniformCensus {
    /** Largest number of matchings enumerated one by one. */
    static final int EXHAUSTIVE_LIMIT = 200_000;
    /** Largest number of parameters 2km for which dense Hessians are formed. */
    static final int DENSE_LIMIT = 800;
    /** ||grad|| at a predicted point must be below this times (1 + ||C||_F): rounding only. */
    static final double GRADIENT_TOLERANCE = 1e-10;
    /** Beyond {@link #DENSE_LIMIT} the closed-form gradient (m^3 work) is evaluated at the first this many points. */
    static final int GRADIENT_SAMPLE = 25;
    /** A Newton point is a predicted one when within this (relative) distance of it. */
    static final double IDENTIFY_TOLERANCE = 1e-6;

    /**
     * What the census found.
     *
     * @param matchings      predicted matchings (exact count)
     * @param points         predicted critical points with signs (exact count)
     * @param exhaustive     every matching was checked
     * @param checked        matchings checked by blocks
     * @param failures       matchings whose block inertia or gradient contradicts the prediction (first few, as text)
     * @param failed         how many
     * @param worstGradient  the largest relative gradient norm at a checked point
     * @param denseChecked   points whose dense Hessian inertia was compared with the blocks
     * @param denseDisagree  how many disagreed
     * @param histogram      index -&gt; [matchings, points with signs], from the closed form ({@link NonUniformIndexCount})
     * @param enumeratedAgrees whether the enumerated histogram equals it (null when not enumerated)
     * @param minimum        the predicted minimum's matching, as text
     * @param minimumPoints  its points (2^r)
     * @param newton         the Newton search
     * @param conditioning   the condition number at the minimum for k' = 1..k
     * @param descent        full-batch gradient descent (null when not run)
     */
    record Result(BigInteger matchings, BigInteger points, boolean exhaustive, int checked, List<String> failures, int failed,
                  double worstGradient, int denseChecked, int denseDisagree, TreeMap<Integer, List<BigInteger>> histogram,
                  Boolean enumeratedAgrees,
                  String minimum, int minimumPoints, Newton newton, List<Conditioning> conditioning, NonUniformDescent.Result descent) {
    }

    /**
     * Newton from random starts.
     *
     * @param starts     random starts
     * @param converged  runs that converged
     * @param predicted  converged points identified with a predicted point
     * @param outside    converged points that are not (first few, as text)
     * @param distinct   distinct predicted matchings reached
     * @param minima     runs that ended at a point of the predicted minimum
     */
    record Newton(int starts, int converged, int predicted, List<String> outside, int distinct, int minima) {
    }

    /**
     * The Hessian at the minimum for the first k' units.
     *
     * @param k              k'
     * @param condition      largest / smallest eigenvalue (all positive) of L_nonuniform at its minimum (blocks)
     * @param dense          the same from the dense Hessian, or NaN beyond {@link #DENSE_LIMIT}
     * @param uniformLambda  the uniform weight of the L_sigma beside it (lambda_1 of the file)
     * @param uniform        largest / smallest positive eigenvalue of L_sigma at its minimum
     * @param uniformZeros   L_sigma's zero eigenvalues there (the O(k) orbit's tangent)
     */
    record Conditioning(int k, double condition, double dense, double uniformLambda, double uniform, int uniformZeros) {
    }

    private NonUniformCensus() {
    }

    static Result run(double[] sigma, NeighbourLoss loss, int randomStarts, int denseSample, int sampledMatchings, int descentRuns,
                      long seed, Progress progress) {
        double[] lambda = loss.weightArray();
        NonUniformTableOne t = NonUniformTableOne.of(sigma, lambda);
        int m = sigma.length;
        int k = lambda.length;
        RegularizedLaeLoss f = RegularizedLaeLoss.of(LossMember.withUnitWeights(0, lambda), diagonal(sigma), k);
        double scale = 1 + frobenius(sigma);
        BigInteger[] count = t.countPoints();
        boolean exhaustive = count[0].compareTo(BigInteger.valueOf(EXHAUSTIVE_LIMIT)) <= 0;
        List<List<Integer>> todo = new ArrayList<>();
        if (exhaustive) {
            t.enumerate().forEach(p -> todo.add(p.matching()));
        } else {
            Set<List<Integer>> chosen = new LinkedHashSet<>();
            chosen.add(t.minimum());
            List<Integer> off = new ArrayList<>(java.util.Collections.nCopies(k, NonUniformTableOne.OFF));
            chosen.add(List.copyOf(off));
            for (int j = 0; j < k; j++) {
                for (int i = 0; i < m; i++) {
                    if (sigma[i] > lambda[j]) {
                        off.set(j, i);
                        chosen.add(List.copyOf(off));
                        off.set(j, NonUniformTableOne.OFF);
                    }
                }
            }
            Random rnd = new Random(seed);
            for (int s = 0; s < sampledMatchings; s++) {
                chosen.add(t.randomMatching(rnd));
            }
            todo.addAll(chosen);
        }
        progress.phase("neighbours: " + loss.name() + ": " + todo.size() + " predicted matchings by blocks");
        FirstFailures failures = new FirstFailures();
        double worstGradient = 0;
        int denseChecked = 0;
        int denseDisagree = 0;
        int denseEvery = Math.max(1, todo.size() / Math.max(1, denseSample));
        boolean denseAffordable = 2 * k * m <= DENSE_LIMIT;
        TreeMap<Integer, long[]> enumerated = new TreeMap<>();
        for (int q = 0; q < todo.size(); q++) {
            List<Integer> match = todo.get(q);
            NonUniformTableOne.Point p = t.classify(match);
            LaePoint x = t.point(match);
            double g = denseAffordable || q < GRADIENT_SAMPLE ? f.gradient(x).norm() / scale : 0;
            worstGradient = Math.max(worstGradient, g);
            NeighbourBlocks.BlockInertia blocks = NeighbourBlocks.inertia(NeighbourBlocks.nonUniform(sigma, lambda, match));
            boolean ok = g <= GRADIENT_TOLERANCE && blocks.decided() && blocks.negative() == p.index() && blocks.zero() == p.nullity();
            if (denseAffordable && denseChecked < denseSample && (q % denseEvery == 0 || match.equals(t.minimum()))) {
                HessianInertia dense = HessianInertia.of(f.hessian(x));
                denseChecked++;
                if (!dense.decided() || dense.negative() != blocks.negative() || dense.zero() != blocks.zero()) {
                    denseDisagree++;
                    ok = false;
                }
            }
            failures.record(ok, () -> p.text() + ": predicted index " + p.index() + ", blocks " + blocks.negative() + " negative / "
                    + blocks.zero() + " zero, |grad| = " + g);
            long[] h = enumerated.computeIfAbsent(p.index(), i -> new long[2]);
            h[0]++;
            h[1] += p.signs();
        }
        progress.phase("neighbours: " + loss.name() + ": the index histogram in closed form");
        TreeMap<Integer, List<BigInteger>> histogram = NonUniformIndexCount.histogram(sigma, lambda);
        Boolean agrees = exhaustive ? NeighbourReport.exact(enumerated).equals(histogram) : null;
        Newton newton = newton(t, f, randomStarts, seed, scale, progress);
        List<Conditioning> conditioning = new ArrayList<>();
        for (int kk = 1; kk <= k; kk++) {
            conditioning.add(conditioning(sigma, java.util.Arrays.copyOf(lambda, kk)));
        }
        List<Integer> min = t.minimum();
        return new Result(count[0], count[1], exhaustive, todo.size(), failures.texts(), failures.count(), worstGradient, denseChecked, denseDisagree,
                histogram, agrees, t.classify(min).text(), t.classify(min).signs(), newton, conditioning,
                descentRuns == 0 ? null : NonUniformDescent.run(t, sigma, lambda, descentRuns, seed));
    }

    private static Newton newton(NonUniformTableOne t, RegularizedLaeLoss f, int starts, long seed, double scale, Progress progress) {
        progress.phase("neighbours: Newton from " + starts + " random starts");
        CriticalPointSolver solver = new CriticalPointSolver(CriticalPointSolver.Options.defaults());
        Random rnd = new Random(seed + 1);
        int m = t.m();
        int k = t.k();
        double spread = Math.sqrt(t.sigma(0) > 0 ? 1.0 / k : 1.0);
        int converged = 0;
        int predicted = 0;
        int minima = 0;
        List<String> outside = new ArrayList<>();
        Set<List<Integer>> reached = new LinkedHashSet<>();
        List<Integer> min = t.minimum();
        for (int s = 0; s < starts; s++) {
            LaePoint start = LaePoint.zeros(m, k);
            for (int i = 0; i < start.w1.data.length; i++) {
                start.w1.data[i] = spread * rnd.nextGaussian();
                start.w2.data[i] = spread * rnd.nextGaussian();
            }
            CriticalPointSolver.Result r = solver.solve(f, start);
            if (!r.converged()) {
                continue;
            }
            converged++;
            List<Integer> match = identify(t, r.point());
            if (match == null) {
                if (outside.size() < 5) {
                    outside.add("start " + s + ": |W1 - W2^T| = " + r.point().transposeGap() + ", f = " + f.value(r.point()));
                }
                continue;
            }
            predicted++;
            reached.add(match);
            minima += match.equals(min) ? 1 : 0;
        }
        return new Newton(starts, converged, predicted, outside, reached.size(), minima);
    }

    /** The matching whose predicted point (with the signs of p) is p, or null if p is no predicted point. */
    static List<Integer> identify(NonUniformTableOne t, LaePoint p) {
        int m = t.m();
        int k = t.k();
        double size = 1 + p.norm();
        List<Integer> match = new ArrayList<>();
        boolean[] used = new boolean[m];
        DMatrixRMaj w1 = new DMatrixRMaj(k, m);
        DMatrixRMaj w2 = new DMatrixRMaj(m, k);
        for (int j = 0; j < k; j++) {
            int best = -1;
            double bestAbs = 0;
            double row = 0;
            for (int i = 0; i < m; i++) {
                double a = Math.abs(p.w1.get(j, i));
                row += a * a;
                if (a > bestAbs) {
                    bestAbs = a;
                    best = i;
                }
            }
            if (Math.sqrt(row) <= IDENTIFY_TOLERANCE * size) {
                match.add(NonUniformTableOne.OFF);
                continue;
            }
            if (used[best] || !(t.sigma(best) > t.lambda(j))) {
                return null;
            }
            used[best] = true;
            match.add(best);
            double c = Math.copySign(Math.sqrt(t.compression(j, best)), p.w1.get(j, best));
            w1.set(j, best, c);
            w2.set(best, j, c);
        }
        LaePoint q = new LaePoint(w1, w2);
        return p.plus(-1, q).norm() <= IDENTIFY_TOLERANCE * size ? match : null;
    }

    /** The condition number at the minimum of the first weights, and that of L_sigma (weight lambda_1) beside it. */
    static Conditioning conditioning(double[] sigma, double[] lambda) {
        NonUniformTableOne t = NonUniformTableOne.of(sigma, lambda);
        List<Integer> min = t.minimum();
        double cond = NeighbourBlocks.inertia(NeighbourBlocks.nonUniform(sigma, lambda, min)).condition();
        double dense = Double.NaN;
        if (2 * lambda.length * sigma.length <= DENSE_LIMIT) {
            RegularizedLaeLoss f = RegularizedLaeLoss.of(LossMember.withUnitWeights(0, lambda), diagonal(sigma), lambda.length);
            dense = NeighbourBlocks.inertia(List.of(lae.numeric.SymmetricEigenvalues.EJML.of(f.hessian(t.point(min))))).condition();
        }
        double[] uniform = new double[lambda.length];
        java.util.Arrays.fill(uniform, lambda[0]);
        List<Integer> umin = new ArrayList<>();
        int[] order = descending(sigma);
        for (int j = 0; j < lambda.length; j++) {
            umin.add(j < order.length && sigma[order[j]] > lambda[0] ? order[j] : NonUniformTableOne.OFF);
        }
        NeighbourBlocks.BlockInertia ui = NeighbourBlocks.inertia(NeighbourBlocks.nonUniform(sigma, uniform, umin));
        return new Conditioning(lambda.length, cond, dense, lambda[0], ui.condition(), ui.zero());
    }

    private static int[] descending(double[] sigma) {
        return java.util.stream.IntStream.range(0, sigma.length).boxed()
                .sorted((a, b) -> Double.compare(sigma[b], sigma[a])).mapToInt(Integer::intValue).toArray();
    }

    static DMatrixRMaj diagonal(double[] sigma) {
        DMatrixRMaj c = new DMatrixRMaj(sigma.length, sigma.length);
        for (int i = 0; i < sigma.length; i++) {
            c.set(i, i, sigma[i]);
        }
        return c;
    }

    private static double frobenius(double[] sigma) {
        double s = 0;
        for (double v : sigma) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
