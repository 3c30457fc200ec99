package lae.census;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import lae.core.ClaimId;
import lae.core.Progress;
import lae.core.Tolerance;
import lae.core.Verdict;
import lae.landscape.IndexSet;
import lae.landscape.TableOne;
import lae.model.LossMember;
import lae.numeric.Inertia;
import lae.numeric.Workers;

/**
 * The census engine, one for every member of the loss family, and its result: every predicted component of
 * {@link TableOne} (every I with |I| &lt;= k within the universe {1..u}: u = the rank for L and L_pi, m0 for L_sigma,
 * #{c_i &gt; w_sigma lambda} for L_synthetic(w)), its closed-form gradient norm and the inertia of its Hessian from
 * {@link BlockHessian}, classified by {@link Inertia#of} (the tolerance rule and margin of the dense path, on all 2km
 * eigenvalues). Parallel over chunks of components, one block Hessian per worker; the result does not depend on the
 * number of threads. Immutable once run (the arrays are never handed out).
 */
public final class Census {
    /** Components per work item. */
    private static final int CHUNK = 2048;

    private final LossMember member;
    private final int m;
    private final int k;
    private final int universe;
    private final int[][] sets;
    private final int[] negative;
    private final int[] zero;
    private final int[] positive;
    private final double[] margin;
    private final double[] gradient;
    private final double[] scale;
    private final double seconds;
    private final int threads;

    /**
     * One formula (printed, corrected or a candidate) against every measured component: agreements, undecided
     * components, and the positions (in enumeration order) of the disagreements.
     */
    public record FormulaCheck(ClaimId claim, String role, String quantity, CountFormula formula, int agree,
                               int undecided, List<Integer> disagreements) {
        /** FAILS on a disagreement, INCONCLUSIVE on an undecided component, HOLDS otherwise. */
        public Verdict verdict() {
            return !disagreements.isEmpty() ? Verdict.FAILS : undecided > 0 ? Verdict.INCONCLUSIVE : Verdict.HOLDS;
        }
    }

    private Census(LossMember member, int m, int k, int universe, int[][] sets, double seconds, int threads, int[][] counts,
                   double[][] measures) {
        this.member = member;
        this.m = m;
        this.k = k;
        this.universe = universe;
        this.sets = sets;
        this.negative = counts[0];
        this.zero = counts[1];
        this.positive = counts[2];
        this.margin = measures[0];
        this.gradient = measures[1];
        this.scale = measures[2];
        this.seconds = seconds;
        this.threads = threads;
    }

    /** Runs the census of {@code table}'s member with k latent units on {@code threads} threads. */
    public static Census run(TableOne table, int k, int threads, Progress progress) {
        int universe = table.universe();
        int[][] sets = indexSets(universe, k);
        int n = sets.length;
        int[][] counts = new int[3][n];
        double[][] measures = new double[3][n];
        int chunks = (n + CHUNK - 1) / CHUNK;
        progress.start("census " + table.member().describe(), chunks);
        long t0 = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            BlockHessian bh = new BlockHessian(table, k);
            double[] ev = new double[bh.dimension()];
            int ch;
            while ((ch = next.getAndIncrement()) < chunks) {
                int end = Math.min(n, (ch + 1) * CHUNK);
                for (int i = ch * CHUNK; i < end; i++) {
                    int[] set = sets[i];
                    bh.eigenvalues(set, set.length, ev);
                    Inertia in = Inertia.of(ev);
                    counts[0][i] = in.negative();
                    counts[1][i] = in.zero();
                    counts[2][i] = in.positive();
                    measures[0][i] = in.margin();
                    measures[2][i] = in.scale();
                    measures[1][i] = bh.gradientNorm(set, set.length);
                }
                progress.step();
            }
        };
        Workers.run(threads, worker, "census worker");
        double seconds = (System.nanoTime() - t0) / 1e9;
        progress.done();
        return new Census(table.member(), table.m(), k, universe, sets, seconds, threads, counts, measures);
    }

    /** Every I within {1..universe} with |I| &lt;= maxSize, 0-based, by size then lexicographic ({@link IndexSet#forEachUpTo}). */
    public static int[][] indexSets(int universe, int maxSize) {
        List<int[]> out = new ArrayList<>();
        IndexSet.forEachUpTo(universe, maxSize, set -> out.add(IntStream.of(set.toArray()).map(i -> i - 1).toArray()));
        return out.toArray(new int[0][]);
    }

    /** The member of the family. */
    public LossMember member() { return member; }
    /** m, the data dimension. */
    public int m() { return m; }
    /** k, the latent units. */
    public int k() { return k; }
    /** The universe u: the components are the I within {1..u}. */
    public int universe() { return universe; }
    /** The number of components. */
    public int size() { return sets.length; }
    /** I of component i, 0-based and increasing (a copy). */
    public int[] set(int i) { return sets[i].clone(); }
    /** |I| of component i. */
    public int setSize(int i) { return sets[i].length; }
    /** The number of negative Hessian eigenvalues (the index) of component i. */
    public int negative(int i) { return negative[i]; }
    /** The number of zero Hessian eigenvalues (the nullity) of component i. */
    public int zero(int i) { return zero[i]; }
    /** The number of positive Hessian eigenvalues of component i. */
    public int positive(int i) { return positive[i]; }
    /** The margin of the inertia of component i ({@link Inertia#margin()}). */
    public double margin(int i) { return margin[i]; }
    /** The closed-form gradient norm at the point of component i. */
    public double gradient(int i) { return gradient[i]; }
    /** The largest |eigenvalue| of the Hessian of component i. */
    public double scale(int i) { return scale[i]; }
    /** Wall seconds of the census. */
    public double seconds() { return seconds; }
    /** The threads it ran on. */
    public int threads() { return threads; }

    /** Whether the inertia of component i is decided (margin &gt;= {@link Tolerance#INERTIA_MIN_MARGIN}). */
    public boolean decided(int i) {
        return margin[i] >= Tolerance.INERTIA_MIN_MARGIN.value();
    }

    /** Whether the point of component i is critical: gradient &lt;= {@link Tolerance#BLOCK_GRADIENT} max(1, scale). */
    public boolean critical(int i) {
        return gradient[i] <= Tolerance.BLOCK_GRADIENT.value() * Math.max(1, scale[i]);
    }

    /** d_I = sum_j (i_j - j) of a 0-based increasing set. */
    public static int dI(int[] set) {
        int d = 0;
        for (int j = 0; j < set.length; j++) {
            d += set[j] - j;
        }
        return d;
    }

    /** Checks a formula against every component (index: the negative count; nullity: the zero count). */
    public FormulaCheck check(ClaimId claim, String role, String quantity, CountFormula f) {
        boolean index = quantity.equals("index");
        int agree = 0;
        int undecided = 0;
        List<Integer> disagreements = new ArrayList<>();
        for (int i = 0; i < sets.length; i++) {
            if (!decided(i)) {
                undecided++;
                continue;
            }
            int measured = index ? negative[i] : zero[i];
            if (f.value(sets[i].length, dI(sets[i])) == measured) {
                agree++;
            } else {
                disagreements.add(i);
            }
        }
        return new FormulaCheck(claim, role, quantity, f, agree, undecided, List.copyOf(disagreements));
    }

    /** The number of undecided components. */
    public int undecidedCount() {
        return (int) IntStream.range(0, sets.length).filter(i -> !decided(i)).count();
    }

    /** The number of components whose point is not critical. */
    public int nonCriticalCount() {
        return (int) IntStream.range(0, sets.length).filter(i -> !critical(i)).count();
    }

    /** The largest gradient norm. */
    public double maxGradient() {
        double g = 0;
        for (double v : gradient) {
            g = Math.max(g, v);
        }
        return g;
    }

    /** The smallest margin. */
    public double minMargin() {
        double g = Double.POSITIVE_INFINITY;
        for (double v : margin) {
            g = Math.min(g, v);
        }
        return g;
    }

    /** "{1,3,4}" (1-based, as in the paper, {@link IndexSet#toString()}) for a 0-based set. */
    public static String label(int[] set) {
        return IndexSet.of(IntStream.of(set).map(i -> i + 1).toArray()).toString();
    }

    /** Bit i-1 set iff i in I (1-based i; m &lt;= 63). */
    public static long mask(int[] set) {
        long b = 0;
        for (int i : set) {
            b |= 1L << i;
        }
        return b;
    }
}
