package lae.census;

import lae.core.Tolerances;
import lae.core.ClaimId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import lae.check.Measurements;
import lae.core.Verdict;
import lae.model.LossKind;
import lae.numeric.Inertia;

/**
 * The census of one loss: every Table-1 component (every I with |I| &lt;= k within the universe
 * {1..rank} for L, L_pi and {1..m0} for L_sigma), its closed-form gradient norm and the inertia of its
 * Hessian from {@link BlockHessian}, classified by {@link Inertia#of} (the same tolerance rule and
 * margin as the dense path, on all 2km eigenvalues). Parallel over components.
 */
public final class Census {

    public final LossKind kind;
    public final int m;
    public final int k;
    public final int universe;
    /** Index sets, 0-based and increasing. */
    public final int[][] sets;
    public final int[] negative;
    public final int[] zero;
    public final int[] positive;
    public final double[] margin;
    public final double[] gradient;
    public final double[] scale;
    public double seconds;
    public int threads;
    public final List<FormulaCheck> checks = new ArrayList<>();

    /** One formula (printed, corrected or a candidate) against every measured component. */
    public static final class FormulaCheck {
        public final ClaimId claim;
        public final String role;
        public final String quantity;
        public final CountFormula formula;
        public int agree;
        public int undecided;
        /** Components (positions in {@link Census#sets}) that disagree, in enumeration order. */
        public final List<Integer> disagreements = new ArrayList<>();

        FormulaCheck(ClaimId claim, String role, String quantity, CountFormula formula) {
            this.claim = claim;
            this.role = role;
            this.quantity = quantity;
            this.formula = formula;
        }

        public Verdict verdict() {
            return !disagreements.isEmpty() ? Verdict.FAILS : undecided > 0 ? Verdict.INCONCLUSIVE : Verdict.HOLDS;
        }
    }

    private Census(LossKind kind, int m, int k, int universe, int[][] sets) {
        this.kind = kind;
        this.m = m;
        this.k = k;
        this.universe = universe;
        this.sets = sets;
        int n = sets.length;
        negative = new int[n];
        zero = new int[n];
        positive = new int[n];
        margin = new double[n];
        gradient = new double[n];
        scale = new double[n];
    }

    /** Every I within {1..universe} with |I| &lt;= maxSize, 0-based, by size then lexicographic. */
    public static int[][] indexSets(int universe, int maxSize) {
        List<int[]> out = new ArrayList<>();
        for (int l = 0; l <= Math.min(maxSize, universe); l++) {
            int[] c = new int[l];
            for (int i = 0; i < l; i++) {
                c[i] = i;
            }
            while (true) {
                out.add(c.clone());
                int p = l - 1;
                while (p >= 0 && c[p] == universe - l + p) {
                    p--;
                }
                if (p < 0) {
                    break;
                }
                c[p]++;
                for (int q = p + 1; q < l; q++) {
                    c[q] = c[q - 1] + 1;
                }
            }
        }
        return out.toArray(new int[0][]);
    }

    /** The universe of Table-1 index sets: {1..m0} for L_sigma, else {1..rank} (s_i &gt; 0). */
    public static int universe(LossKind kind, double[] s, double lambda) {
        int u = 0;
        for (int i = 0; i < s.length; i++) {
            boolean ok = kind == LossKind.L_SIGMA ? s[i] * s[i] > lambda : s[i] > 0;
            if (ok) {
                u = i + 1;
            }
        }
        return u;
    }

    /** Runs the census of one loss on {@code threads} threads. */
    public static Census run(LossKind kind, double lambda, double[] s, int k, int threads, lae.core.Progress progress) {
        int universe = universe(kind, s, lambda);
        int[][] sets = indexSets(universe, k);
        Census c = new Census(kind, s.length, k, universe, sets);
        c.threads = threads;
        final int chunk = 2048;
        int chunks = (sets.length + chunk - 1) / chunk;
        progress.start("census " + kind.label(), chunks);
        long t0 = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            BlockHessian bh = new BlockHessian(kind, lambda, s, k);
            double[] ev = new double[bh.dimension()];
            int ch;
            while ((ch = next.getAndIncrement()) < chunks) {
                int end = Math.min(sets.length, (ch + 1) * chunk);
                for (int i = ch * chunk; i < end; i++) {
                    int[] set = sets[i];
                    bh.eigenvalues(set, set.length, ev);
                    Inertia in = Inertia.of(ev);
                    c.negative[i] = in.negative();
                    c.zero[i] = in.zero();
                    c.positive[i] = in.positive();
                    c.margin[i] = in.margin();
                    c.scale[i] = in.scale();
                    c.gradient[i] = bh.gradientNorm(set, set.length);
                }
                progress.step();
            }
        };
        lae.numeric.Workers.run(threads, worker, "census worker");
        c.seconds = (System.nanoTime() - t0) / 1e9;
        progress.done();
        return c;
    }

    public int size() {
        return sets.length;
    }

    public boolean decided(int i) {
        return margin[i] >= Tolerances.INERTIA_MIN_MARGIN;
    }

    public boolean critical(int i) {
        return gradient[i] <= Tolerances.BLOCK_GRADIENT * Math.max(1, scale[i]);
    }

    public static int dI(int[] set) {
        int d = 0;
        for (int j = 0; j < set.length; j++) {
            d += set[j] - j;
        }
        return d;
    }

    /** Checks a formula against every component (index: negative count; nullity: zero count). */
    public FormulaCheck check(ClaimId claim, String role, String quantity, CountFormula f) {
        FormulaCheck fc = new FormulaCheck(claim, role, quantity, f);
        boolean index = quantity.equals("index");
        for (int i = 0; i < sets.length; i++) {
            if (!decided(i)) {
                fc.undecided++;
                continue;
            }
            int measured = index ? negative[i] : zero[i];
            if (f.value(sets[i].length, dI(sets[i])) == measured) {
                fc.agree++;
            } else {
                fc.disagreements.add(i);
            }
        }
        checks.add(fc);
        return fc;
    }

    public int undecidedCount() {
        int u = 0;
        for (int i = 0; i < sets.length; i++) {
            if (!decided(i)) {
                u++;
            }
        }
        return u;
    }

    public int nonCriticalCount() {
        int u = 0;
        for (int i = 0; i < sets.length; i++) {
            if (!critical(i)) {
                u++;
            }
        }
        return u;
    }

    public double maxGradient() {
        double g = 0;
        for (double v : gradient) {
            g = Math.max(g, v);
        }
        return g;
    }

    public double minMargin() {
        double g = Double.POSITIVE_INFINITY;
        for (double v : margin) {
            g = Math.min(g, v);
        }
        return g;
    }

    /** "{1,3,4}" (1-based, as in the paper). */
    public static String label(int[] set) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < set.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(set[i] + 1);
        }
        return b.append('}').toString();
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
