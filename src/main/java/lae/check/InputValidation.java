package lae.check;

import lae.config.ClaimFile;
import lae.core.ClaimId;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import lae.core.InputException;
import lae.core.Numbers;
import lae.landscape.IndexSet;
import lae.model.DataMatrix;
import lae.model.LossKind;
import lae.symbolic.SymjaFormula;

/**
 * Everything about a claim file that can be checked before the work starts, so that bad input costs
 * seconds and one line, never minutes and a stack trace:
 * <ul>
 *   <li>{@link #requireDistinctNames}: two claim files of one run must not write the same report;</li>
 *   <li>{@link #estimate} and {@link #requireFeasible}: the memory and time a check would take, refused
 *       (with the estimate) when it cannot fit or would take hours, unless the user forces it;</li>
 *   <li>{@link #dryRun}: every formula of the file (formula, formula_F, formula_V and their candidates)
 *       evaluated over the configuration's whole range of variables; a formula with no value anywhere
 *       is refused, one with no value at some cases is reported with those cases (the claim evaluator
 *       then counts them as failures, naming the case).</li>
 * </ul>
 * {@link #prepare} runs them in order and returns the loaded data and the dry-run findings.
 */
public final class InputValidation {
    /**
     * Estimated seconds above which a check is refused unless forced. An hour is far beyond every shipped
     * claim file (the largest, Section 4.2, takes about a minute on 2 cores) and well below the
     * configurations that motivated the limit (m = 2000, k = 500: years).
     */
    public static final double MAX_SECONDS = 3600;
    /** Share of the JVM's maximum heap that the estimate may use: the rest is the JVM's own and Symja's. */
    public static final double HEAP_SHARE = 0.8;
    /** Bindings evaluated per formula, loss and lambda at most; above, an evenly spaced sample of them. */
    public static final int MAX_DRY_RUN_CASES = 100_000;

    private InputValidation() {
    }

    /** The findings of a dry run for one formula field: how many cases, how many without a value, an example. */
    public record FormulaRange(String field, String source, String origin, int cases, int undefined, String example) {
        /** One line for the user or the report. */
        public String describe() {
            return "field '" + field + "' = '" + source + "' (" + origin + ") has no value at " + undefined + " of its " + cases
                    + " cases, e.g. " + example + "; those cases count as failures of the formula";
        }
    }

    /** The validated input of one claim file. */
    public record Prepared(ClaimFile file, DataMatrix data, Estimate estimate, List<FormulaRange> partial) {
    }

    /**
     * Loads and validates one claim file's input: size estimate (refused unless {@code force}), data,
     * formula dry run. Throws {@link InputException} (one line) on bad input.
     */
    public static Prepared prepare(ClaimFile cf, boolean force) {
        if (cf.data.csv() == null) {
            requireFeasible(cf, cf.data.m(), cf.data.n(), cf.data.singularValues(), force);
        } else {
            // the sizes of a data file before its SVD (which is itself O(m^2 n)): every s_j taken as above
            // every lambda, so that m0 = m, the most components the file can have
            org.ejml.data.DMatrixRMaj raw = csv(cf);
            double[] s = new double[raw.numRows];
            java.util.Arrays.fill(s, Double.MAX_VALUE);
            requireFeasible(cf, raw.numRows, raw.numCols, s, force);
        }
        DataMatrix data = loadData(cf);
        Estimate e = requireFeasible(cf, data.m(), data.n(), data.singularValues(), force);
        List<FormulaRange> partial = dryRun(cf, data.singularValues(), data.m(), data.n());
        return new Prepared(cf, data, e, partial);
    }

    /**
     * Validates the claim files of one run before any of them is computed: distinct names, then
     * {@link #prepare} for each. Formulas without a value at some cases are passed to {@code warn}, one
     * line each ("lae: warning: FILE: field ... has no value at 3 of its 525 cases, e.g. at l=1: ...").
     */
    public static List<Prepared> prepareAll(List<ClaimFile> files, boolean force, Consumer<String> warn) {
        requireDistinctNames(files);
        List<Prepared> out = new ArrayList<>();
        for (ClaimFile cf : files) {
            Prepared p = prepare(cf, force);
            for (FormulaRange r : p.partial()) {
                warn.accept("lae: warning: " + cf.path + ": " + r.describe());
            }
            out.add(p);
        }
        return out;
    }

    /**
     * Validates a census of {@code cf} before it starts: data, the number of components (every I with |I|
     * &lt;= k, within {1..m0} for L_sigma, per lambda) and the time they take, the formula dry run. The
     * census classifies a component from its Hessian's blocks in O(km) work: 1.5e-7 k m seconds per
     * component and core (70,000 components/s on 2 cores at m = 20, k = 8, docs/census.md), plus its
     * dense sample. Refused above {@link #MAX_SECONDS} unless forced.
     */
    public static DataMatrix prepareCensus(ClaimFile cf, List<LossKind> losses, int sample, boolean force, Consumer<String> warn) {
        DataMatrix data = loadData(cf);
        int m = data.m();
        double[] s = data.singularValues();
        BigInteger components = BigInteger.ZERO;
        for (double lambda : cf.lambdas) {
            for (LossKind kind : losses) {
                components = components.add(subsets(kind == LossKind.L_SIGMA ? m0(s, lambda) : m, cf.k));
            }
        }
        int threads = Runtime.getRuntime().availableProcessors();
        double nDim = 2.0 * cf.k * m;
        double seconds = (components.doubleValue() * 1.5e-7 * cf.k * m + (double) sample * losses.size() * cf.lambdas.size() * 1e-8 * nDim * nDim * nDim) / threads;
        if (!force && seconds > MAX_SECONDS) {
            throw new InputException(cf.path + ": too long for a census: " + components + " Table-1 components (every I with |I| <= k = " + cf.k
                    + " of {1.." + m + "}), estimated " + duration(seconds) + " on " + threads + " cores (allowed: <= " + duration(MAX_SECONDS)
                    + "; reduce k or m, or run with --force)");
        }
        for (FormulaRange r : dryRun(cf, s, m, data.n())) {
            warn.accept("lae: warning: " + cf.path + ": " + r.describe());
        }
        return data;
    }

    /** sum_{l &lt;= maxL} binom(u, l). */
    static BigInteger subsets(int u, int maxL) {
        BigInteger count = BigInteger.ZERO;
        BigInteger b = BigInteger.ONE;
        for (int l = 0; l <= Math.min(maxL, u); l++) {
            if (l > 0) {
                b = b.multiply(BigInteger.valueOf(u - l + 1)).divide(BigInteger.valueOf(l));
            }
            count = count.add(b);
        }
        return count;
    }

    private static org.ejml.data.DMatrixRMaj csv(ClaimFile cf) {
        try {
            return lae.data.CsvMatrix.read(cf.data.csv());
        } catch (InputException e) {
            throw new InputException(cf.path + ": field 'data.csv': " + e.getMessage());
        }
    }

    /** The data of {@code cf}; a bad data file's message is prefixed with the claim file and its field. */
    static DataMatrix loadData(ClaimFile cf) {
        try {
            return CheckRun.loadData(cf);
        } catch (InputException e) {
            if (cf.data.csv() != null && !e.getMessage().startsWith(cf.path.toString())) {
                throw new InputException(cf.path + ": field 'data.csv': " + e.getMessage());
            }
            throw e;
        }
    }

    /** Two claim files of one run with the same {@code name} would overwrite each other's report. */
    public static void requireDistinctNames(List<ClaimFile> files) {
        Map<String, ClaimFile> seen = new HashMap<>();
        for (ClaimFile f : files) {
            ClaimFile other = seen.putIfAbsent(f.reportStem(), f);
            if (other != null) {
                throw new InputException(f.path + ": field 'name' = '" + f.reportStem() + "' is also the name of " + other.path
                        + " (allowed: a name used by one claim file per run, since it names the report files)");
            }
        }
    }

    // ---------------------------------------------------------------- sizes

    /**
     * What a check of {@code cf} on an m x n matrix would need. The Hessian of a loss in (W1, W2) has
     * dimension N = 2km and is held densely: N^2 doubles, N^2 &lt;= Integer.MAX_VALUE for a Java array.
     * {@code indexSets} counts the Table-1 components: sum over l &lt;= max_index_set_size of
     * binom(m, l) for L and L_pi, binom(m0, l) for L_sigma, per lambda.
     */
    public record Estimate(int hessianDimension, BigInteger indexSets, double bytes, double seconds, int threads, long maxHeap) {
        public boolean fitsArray() {
            return (long) hessianDimension * hessianDimension <= Integer.MAX_VALUE;
        }

        public boolean fitsHeap() {
            return bytes <= HEAP_SHARE * maxHeap;
        }

        public String describe() {
            return "Hessian dimension 2km = " + hessianDimension + " (" + gib((double) hessianDimension * hessianDimension * 8)
                    + " per dense Hessian), " + indexSets + " Table-1 components, estimated peak memory " + gib(bytes) + " (heap "
                    + gib(maxHeap) + ") and time " + duration(seconds) + " on " + threads + " cores";
        }
    }

    /**
     * The estimate. Memory: {@link #WORKSPACES} dense N x N matrices per worker thread (the Hessian, the
     * copies that EJML's and Hipparchus's eigen-decompositions work on, H^2 + mu I and its Cholesky factor
     * in Newton's step) plus the data (X, U, V: m n + m^2 + n^2 doubles). Time, in CPU seconds divided by
     * the threads: per Table-1 point (2 representatives) 2 ms + 1e-7 N^2 s (building and scanning the
     * dense Hessian; 2-3.4 ms per point measured by {@code bench check} at N = 36), per dense cross-check
     * 1e-8 N^3 s (two symmetric eigen-decompositions, about 10 N^3 flops at 1 Gflop/s), per Newton run
     * 20 ms + 5e-9 N^3 s (calibrated on {@code bench check} of Section 4.2: N = 320, 660 runs, about a minute
     * on 2 cores). An order of magnitude, which is what a refusal needs.
     */
    public static Estimate estimate(ClaimFile cf, int m, int n, double[] s, int threads, long maxHeap) {
        int nDim = (int) Math.min(Integer.MAX_VALUE, 2L * cf.k * m);
        double n2 = (double) nDim * nDim;
        double n3 = n2 * nDim;
        BigInteger sets = BigInteger.ZERO;
        double seconds = 0;
        for (double lambda : cf.lambdas) {
            for (LossKind kind : cf.losses) {
                int universe = kind == LossKind.L_SIGMA ? m0(s, lambda) : m;
                // plus the top sets {1..k} and {1..min(k, m0)}
                BigInteger count = subsets(universe, cf.maxIndexSetSize).add(BigInteger.TWO);
                sets = sets.add(count);
                seconds += count.doubleValue() * 2 * (2e-3 + 1e-7 * n2) + Math.min(cf.denseSample, count.doubleValue()) * 1e-8 * n3
                        + (cf.randomStarts + cf.perturbedStarts) * (20e-3 + 5e-9 * n3);
            }
        }
        int t = Math.max(1, threads);
        double bytes = WORKSPACES * n2 * 8 * t + 8.0 * ((double) m * n + (double) m * m + (double) n * n);
        return new Estimate((int) Math.min(Integer.MAX_VALUE, 2L * cf.k * m), sets, bytes, seconds / t, t, maxHeap);
    }

    /** Dense N x N matrices alive per worker thread (see {@link #estimate}). */
    public static final int WORKSPACES = 8;

    /**
     * Refuses a configuration whose Hessian cannot be an array (always), or whose estimated memory exceeds
     * {@link #HEAP_SHARE} of the heap or whose estimated time exceeds {@link #MAX_SECONDS} (unless forced).
     */
    public static Estimate requireFeasible(ClaimFile cf, int m, int n, double[] s, boolean force) {
        Estimate e = estimate(cf, m, n, s, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
        String file = cf.path.toString();
        if (!e.fitsArray()) {
            throw new InputException(file + ": m = " + m + ", k = " + cf.k + " is too large to check: the Hessian's dimension 2km = "
                    + (2L * cf.k * m) + " exceeds " + 46340 + ", the largest whose dense matrix fits a Java array (allowed: 2km <= 46340)");
        }
        if (force) {
            return e;
        }
        if (!e.fitsHeap()) {
            throw new InputException(file + ": too large for this JVM: " + e.describe() + " (allowed: memory <= "
                    + Math.round(HEAP_SHARE * 100) + "% of the heap; give more with java -Xmx, reduce m or k, or run with --force)");
        }
        if (e.seconds > MAX_SECONDS) {
            throw new InputException(file + ": too long to check: " + e.describe() + " (allowed: <= " + duration(MAX_SECONDS)
                    + "; reduce search.max_index_set_size, search.random_starts, m or k, or run with --force)");
        }
        return e;
    }

    private static int m0(double[] s, double lambda) {
        int m0 = 0;
        for (int j = 0; j < s.length; j++) {
            if (s[j] * s[j] > lambda) {
                m0 = j + 1;
            }
        }
        return m0;
    }

    static String gib(double bytes) {
        if (bytes < 1024.0 * 1024 * 1024) {
            return Numbers.fixed(bytes / (1024.0 * 1024), 1) + " MiB";
        }
        return Numbers.general(bytes / (1024.0 * 1024 * 1024), 3) + " GiB";
    }

    static String duration(double s) {
        if (s < 120) {
            return Numbers.fixed(s, 1) + " s";
        }
        if (s < 7200) {
            return Numbers.fixed(s / 60, 0) + " min";
        }
        if (s < 86400 * 3) {
            return Numbers.fixed(s / 3600, 1) + " h";
        }
        return Numbers.general(s / 86400, 3) + " days";
    }

    // ---------------------------------------------------------------- formulas

    /**
     * Evaluates every formula of the claim file over the configuration's range of variables: for each lambda
     * and each loss the formula applies to, every l = |I| in 0..k (within {1..m0} for L_sigma) and every
     * d_I in 0..l(u - l) (u = m, or m0 for L_sigma: all values d_I takes on subsets of {1..u}), with m0 of
     * that lambda; C18 at lambda = 0, m0 = 0 for l up to max_index_set_size, its candidates on every m =
     * 1..10 as the evaluator verifies them; C22 additionally at every s = s_j, j &lt;= m0; candidates
     * also on {@link IndependentConfiguration}, where a correction is verified. A formula without a value
     * at every case is refused ({@link InputException}: file, field, formula, the problem at an example
     * case); the formulas without a value at some cases are returned.
     */
    public static List<FormulaRange> dryRun(ClaimFile cf, double[] s, int m, int n) {
        List<FormulaRange> partial = new ArrayList<>();
        for (ClaimFile.ClaimSpec spec : cf.claims.values()) {
            for (String field : fields(spec)) {
                List<SymjaFormula> all = new ArrayList<>();
                List<String> names = new ArrayList<>();
                if (spec.formula(field) != null) {
                    all.add(spec.formula(field));
                    names.add("claims." + spec.id() + "." + field);
                }
                int i = 0;
                for (SymjaFormula c : spec.candidates(field)) {
                    all.add(c);
                    names.add("claims." + spec.id() + "." + field.replace("formula", "candidates") + "[" + (++i) + "]");
                }
                for (int j = 0; j < all.size(); j++) {
                    boolean candidate = j > 0 || spec.formula(field) == null;
                    String origin = candidate ? "candidate" : spec.origin(field);
                    Tally t = new Tally(all.get(j));
                    cases(cf, spec.id(), field, candidate, s, m, n, t);
                    if (t.cases > 0 && t.undefined == t.cases) {
                        throw new InputException(cf.path + ": field '" + names.get(j) + "' = '" + all.get(j).source() + "' cannot be evaluated: "
                                + "no value at any of the " + t.cases + " cases of this configuration, e.g. " + t.example
                                + " (allowed: a formula with a real value for the variables of the claim)");
                    }
                    if (t.undefined > 0) {
                        partial.add(new FormulaRange(names.get(j), all.get(j).source(), origin, t.cases, t.undefined, t.example));
                    }
                }
            }
        }
        return partial;
    }

    private static List<String> fields(ClaimFile.ClaimSpec spec) {
        List<String> out = new ArrayList<>(spec.formulas().keySet());
        for (String f : spec.candidates().keySet()) {
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Counts cases and undefined ones, keeping the first undefined as the example. */
    private static final class Tally implements Consumer<Map<String, Double>> {
        final SymjaFormula formula;
        int cases;
        int undefined;
        String example;

        Tally(SymjaFormula formula) {
            this.formula = formula;
        }

        @Override
        public void accept(Map<String, Double> b) {
            cases++;
            try {
                formula.evaluate(b);
            } catch (SymjaFormula.Undefined u) {
                undefined++;
                if (example == null) {
                    Map<String, Double> own = new LinkedHashMap<>();
                    b.forEach((k, v) -> {
                        if (formula.variables().contains(k.toLowerCase(java.util.Locale.ROOT))) {
                            own.put(k, v);
                        }
                    });
                    example = (own.isEmpty() ? "every case" : "at " + SymjaFormula.describe(own)) + ": " + u.reason();
                }
            }
        }
    }

    /** Feeds every binding of the range of one formula field to {@code sink}. */
    private static void cases(ClaimFile cf, ClaimId id, String field, boolean candidate, double[] s, int m, int n, Consumer<Map<String, Double>> sink) {
        int k = cf.k;
        switch (id) {
            case C18 -> {
                if (!candidate) {
                    counts(m, n, k, Math.min(cf.maxIndexSetSize, m), m, 0, 0, sink);
                } else {
                    for (int mm = 1; mm <= 10; mm++) {
                        for (IndexSet set : IndexSet.allUpTo(mm, mm)) {
                            sink.accept(Bindings.of(mm, mm + 1, mm, set, 0, 0));
                        }
                    }
                }
            }
            case C22 -> {
                if (!cf.losses.contains(LossKind.L_SIGMA)) {
                    return;
                }
                for (double lambda : cf.lambdas) {
                    int m0 = m0(s, lambda);
                    for (int j = 1; j <= m0; j++) {
                        double sj = s[j - 1];
                        counts(m, n, k, Math.min(k, m0), m0, m0, lambda, b -> {
                            if (b.get("l") >= 1) {
                                b.put("s", sj);
                                sink.accept(b);
                            }
                        });
                    }
                }
            }
            default -> {
                // C16 (formula_F: L, L_pi; formula_V: L_sigma) and C17 (every loss)
                for (double lambda : cf.lambdas) {
                    int m0 = m0(s, lambda);
                    for (LossKind kind : cf.losses) {
                        if (!appliesTo(field, kind)) {
                            continue;
                        }
                        int u = kind == LossKind.L_SIGMA ? m0 : m;
                        counts(m, n, k, Math.min(k, u), u, m0, lambda, sink);
                    }
                }
                if (candidate) {
                    int mi = IndependentConfiguration.M;
                    int ki = IndependentConfiguration.K;
                    int m0i = IndependentConfiguration.m0();
                    for (LossKind kind : cf.losses) {
                        if (appliesTo(field, kind)) {
                            int u = kind == LossKind.L_SIGMA ? m0i : mi;
                            counts(mi, IndependentConfiguration.N, ki, Math.min(ki, u), u, m0i, IndependentConfiguration.LAMBDA, sink);
                        }
                    }
                }
            }
        }
    }

    private static boolean appliesTo(String field, LossKind kind) {
        return switch (field) {
            case "formula_F" -> kind != LossKind.L_SIGMA;
            case "formula_V" -> kind == LossKind.L_SIGMA;
            default -> true;
        };
    }

    /**
     * Every (l, d_I) with l in 0..maxL and d_I in 0..l(u - l), as count bindings; an evenly spaced sample
     * of {@link #MAX_DRY_RUN_CASES} of them when there are more.
     */
    private static void counts(int m, int n, int k, int maxL, int u, int m0, double lambda, Consumer<Map<String, Double>> sink) {
        long total = 0;
        for (int l = 0; l <= maxL; l++) {
            total += (long) l * (u - l) + 1;
        }
        long stride = Math.max(1, (total + MAX_DRY_RUN_CASES - 1) / MAX_DRY_RUN_CASES);
        long index = 0;
        for (int l = 0; l <= maxL; l++) {
            for (int d = 0; d <= l * (u - l); d++, index++) {
                if (index % stride == 0) {
                    sink.accept(Bindings.of(m, n, k, l, d, m0, lambda));
                }
            }
        }
    }
}
