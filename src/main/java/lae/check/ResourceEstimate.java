package lae.check;

import java.math.BigInteger;

import lae.config.ClaimFile;
import lae.core.Numbers;
import lae.model.LossKind;

/**
 * What a check of a claim file on an m x n matrix would need. The Hessian of a loss in (W1, W2) has
 * dimension N = 2km and is held densely: N^2 doubles, N^2 &lt;= Integer.MAX_VALUE for a Java array.
 * {@code indexSets} counts the Table-1 components: sum over l &lt;= max_index_set_size of binom(m, l) for
 * L and L_pi, binom(m0, l) for L_sigma, per lambda, plus the top sets.
 *
 * @param hessianDimension N = 2km
 * @param indexSets        the Table-1 components the check visits
 * @param bytes            the estimated peak memory
 * @param seconds          the estimated wall time on {@code threads} threads
 * @param threads          the worker threads
 * @param maxHeap          the JVM's maximum heap
 */
public record ResourceEstimate(int hessianDimension, BigInteger indexSets, double bytes, double seconds, int threads, long maxHeap) {
    /** Dense N x N matrices alive per worker thread (see {@link #of}). */
    public static final int WORKSPACES = 8;

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
    public static ResourceEstimate of(ClaimFile cf, int m, int n, double[] s, int threads, long maxHeap) {
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
        return new ResourceEstimate(nDim, sets, bytes, seconds / t, t, maxHeap);
    }

    /** True if the dense Hessian fits a Java array. */
    public boolean fitsArray() {
        return (long) hessianDimension * hessianDimension <= Integer.MAX_VALUE;
    }

    /** True if the estimated memory fits in {@link ResourceLimits#HEAP_SHARE} of the heap. */
    public boolean fitsHeap() {
        return bytes <= ResourceLimits.HEAP_SHARE * maxHeap;
    }

    /** The estimate in one line, for a refusal. */
    public String describe() {
        return "Hessian dimension 2km = " + hessianDimension + " (" + gib((double) hessianDimension * hessianDimension * 8)
                + " per dense Hessian), " + indexSets + " Table-1 components, estimated peak memory " + gib(bytes) + " (heap "
                + gib(maxHeap) + ") and time " + duration(seconds) + " on " + threads + " cores";
    }

    /** sum_{l &lt;= maxL} binom(u, l): the index sets I of {1..u} with |I| &lt;= maxL. */
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

    /** The largest j with s_j^2 &gt; lambda (0 if none). */
    static int m0(double[] s, double lambda) {
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
}
