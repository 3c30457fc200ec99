package lae.check;

import java.math.BigInteger;
import java.util.List;

import lae.config.ClaimFile;
import lae.core.InputException;
import lae.model.LossKind;

/**
 * The limits a claim file's work must fit before it starts: a check (its {@link ResourceEstimate}) and a
 * census of its configuration. Above them the work is refused with the estimate, so that bad input costs
 * seconds and one line, never hours; the user may force it (except a Hessian that cannot be an array).
 */
public final class ResourceLimits {
    /**
     * Estimated seconds above which the work is refused unless forced. An hour is far beyond every shipped
     * claim file (the largest, Section 4.2, takes about a minute on 2 cores) and well below the
     * configurations that motivated the limit (m = 2000, k = 500: years).
     */
    public static final double MAX_SECONDS = 3600;
    /** Share of the JVM's maximum heap that the estimate may use: the rest is the JVM's own and Symja's. */
    public static final double HEAP_SHARE = 0.8;
    /** The largest Hessian dimension 2km whose dense matrix fits a Java array. */
    private static final int MAX_ARRAY_DIMENSION = 46340;

    private ResourceLimits() {
    }

    /**
     * Refuses a check whose Hessian cannot be an array (always), or whose estimated memory exceeds
     * {@link #HEAP_SHARE} of the heap or whose estimated time exceeds {@link #MAX_SECONDS} (unless forced).
     */
    public static ResourceEstimate requireCheckFeasible(ClaimFile cf, int m, int n, double[] s, boolean force) {
        ResourceEstimate e = ResourceEstimate.of(cf, m, n, s, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
        String file = cf.path.toString();
        if (!e.fitsArray()) {
            throw new InputException(file + ": m = " + m + ", k = " + cf.k + " is too large to check: the Hessian's dimension 2km = "
                    + (2L * cf.k * m) + " exceeds " + MAX_ARRAY_DIMENSION + ", the largest whose dense matrix fits a Java array (allowed: 2km <= "
                    + MAX_ARRAY_DIMENSION + ")");
        }
        if (force) {
            return e;
        }
        if (!e.fitsHeap()) {
            throw new InputException(file + ": too large for this JVM: " + e.describe() + " (allowed: memory <= "
                    + Math.round(HEAP_SHARE * 100) + "% of the heap; give more with java -Xmx, reduce m or k, or run with --force)");
        }
        if (e.seconds() > MAX_SECONDS) {
            throw new InputException(file + ": too long to check: " + e.describe() + " (allowed: <= " + ResourceEstimate.duration(MAX_SECONDS)
                    + "; reduce search.max_index_set_size, search.random_starts, m or k, or run with --force)");
        }
        return e;
    }

    /**
     * Refuses a census of {@code cf} above {@link #MAX_SECONDS} unless forced: every I with |I| &lt;= k (within
     * {1..m0} for L_sigma) per loss and lambda, classified from its Hessian's blocks in O(km) work: 1.5e-7 k m
     * seconds per component and core (70,000 components/s on 2 cores at m = 20, k = 8, docs/census.md), plus
     * the dense sample (1e-8 N^3 s per component, N = 2km).
     */
    public static void requireCensusFeasible(ClaimFile cf, int m, double[] s, List<LossKind> losses, int sample, boolean force) {
        BigInteger components = BigInteger.ZERO;
        for (double lambda : cf.lambdas) {
            for (LossKind kind : losses) {
                components = components.add(ResourceEstimate.subsets(kind == LossKind.L_SIGMA ? ResourceEstimate.m0(s, lambda) : m, cf.k));
            }
        }
        int threads = Runtime.getRuntime().availableProcessors();
        double nDim = 2.0 * cf.k * m;
        double seconds = (components.doubleValue() * 1.5e-7 * cf.k * m + (double) sample * losses.size() * cf.lambdas.size() * 1e-8 * nDim * nDim * nDim) / threads;
        if (!force && seconds > MAX_SECONDS) {
            throw new InputException(cf.path + ": too long for a census: " + components + " Table-1 components (every I with |I| <= k = " + cf.k
                    + " of {1.." + m + "}), estimated " + ResourceEstimate.duration(seconds) + " on " + threads + " cores (allowed: <= "
                    + ResourceEstimate.duration(MAX_SECONDS) + "; reduce k or m, or run with --force)");
        }
    }
}
