package lae.census;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.ejml.data.DMatrixRMaj;

import lae.check.Measurements;
import lae.landscape.IndexSet;
import lae.landscape.TableOne;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.RegularizedLaeLoss;
import lae.numeric.HessianInertia;

/**
 * The census's independent cross-check: a seeded random sample of its components done the dense
 * way, in the ORIGINAL coordinates (data directions U from the data), with a RANDOM representative
 * G (or O), the full 2km x 2km Hessian and {@link HessianInertia} (EJML and Hipparchus). Each
 * sampled component is AGREE (both decided, same counts), UNDECIDED (either side undecided) or
 * DISAGREE (both decided, different counts: a finding).
 */
public final class DenseCrossCheck {
    public enum Status { AGREE, UNDECIDED, DISAGREE }

    public record Row(int component, String set, int censusNeg, int censusZero, int censusPos, double censusMargin,
                      int denseNeg, int denseZero, int densePos, double denseMargin, boolean solversAgree,
                      double gradient, Status status, double kappa, Status rawStatus, int rawNeg, int rawZero, double rawMargin, String solvers) {
    }

    /** A dense classification: counts, margin, whether decided, and which solvers produced it. */
    public record Dense(int negative, int zero, int positive, double margin, boolean decided, boolean solversAgree, String solvers) {
        static Dense of(HessianInertia hi) {
            return new Dense(hi.negative(), hi.zero(), hi.positive(), hi.margin(), hi.decided(), hi.solversAgree(), "EJML+Hipparchus");
        }
    }

    /** Condition number of the representative (k x l): largest / smallest singular value; 1 for l = 0. */
    static double kappa(DMatrixRMaj g) {
        if (g.numCols == 0) {
            return 1;
        }
        org.ejml.interfaces.decomposition.SingularValueDecomposition_F64<DMatrixRMaj> svd =
                org.ejml.dense.row.factory.DecompositionFactory_DDRM.svd(g.numRows, g.numCols, false, false, true);
        svd.decompose(g.copy());
        double mx = 0;
        double mn = Double.POSITIVE_INFINITY;
        for (double v : svd.getSingularValues()) {
            mx = Math.max(mx, v);
            mn = Math.min(mn, v);
        }
        return mx / mn;
    }

    static Status status(Census census, int i, Dense hi) {
        if (hi == null || !census.decided(i) || !hi.decided()) {
            return Status.UNDECIDED;
        }
        return hi.negative() == census.negative[i] && hi.zero() == census.zero[i] && hi.positive() == census.positive[i]
                ? Status.AGREE : Status.DISAGREE;
    }

    public final List<Row> rows;
    public final double seconds;
    /** Sampled components where Hipparchus did not converge on any similar copy (classified by EJML alone). */
    public final int solverFailures;

    private DenseCrossCheck(List<Row> rows, double seconds, int solverFailures) {
        this.rows = rows;
        this.seconds = seconds;
        this.solverFailures = solverFailures;
    }

    /** Final status (after the gauge-balanced re-check where the raw one did not agree). */
    public long count(Status s) {
        return rows.stream().filter(r -> r.status == s).count();
    }

    /** Status with the random representative as drawn. */
    public long countRaw(Status s) {
        return rows.stream().filter(r -> r.rawStatus == s).count();
    }

    /** Seconds per component (wall clock divided by the sample size, times the threads used). */
    public double secondsPerComponent(int threads) {
        return rows.isEmpty() ? 0 : seconds * threads / rows.size();
    }

    /** The sampled component positions: a seeded partial Fisher-Yates shuffle, sorted. */
    public static int[] sample(int total, int n, long seed) {
        int size = Math.min(total, n);
        int[] perm = new int[total];
        for (int i = 0; i < total; i++) {
            perm[i] = i;
        }
        Random rnd = new Random(seed);
        for (int i = 0; i < size; i++) {
            int j = i + rnd.nextInt(total - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] out = java.util.Arrays.copyOf(perm, size);
        java.util.Arrays.sort(out);
        return out;
    }

    public static DenseCrossCheck run(Census census, DataMatrix data, double lambda, int n, long seed, int threads,
                                      lae.core.Progress progress) {
        int[] picks = sample(census.size(), n, seed);
        RegularizedLaeLoss loss = RegularizedLaeLoss.of(census.kind, lambda, data.covariance(), census.k);
        double[] s = data.singularValues();
        Row[] out = new Row[picks.length];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        progress.start("dense " + census.kind.label(), picks.length);
        long t0 = System.nanoTime();
        Runnable worker = () -> {
            DMatrixRMaj h = new DMatrixRMaj(1, 1);
            int q;
            while ((q = next.getAndIncrement()) < picks.length) {
                int i = picks[q];
                int[] set = census.sets[i];
                int[] oneBased = new int[set.length];
                for (int j = 0; j < set.length; j++) {
                    oneBased[j] = set[j] + 1;
                }
                IndexSet idx = IndexSet.of(oneBased);
                Random rnd = new Random(seed * 1_000_003L + i);
                DMatrixRMaj rep = TableOne.representative(TableOne.Representative.RANDOM, census.kind, census.k, set.length, rnd);
                LaePoint p = TableOne.point(census.kind, data.u(), s, lambda, idx, rep);
                loss.hessian(p, h);
                Dense raw = denseInertia(h);
                Status rawStatus = status(census, i, raw);
                Dense hi = raw;
                Status st = rawStatus;
                if (rawStatus != Status.AGREE && census.kind != lae.model.LossKind.L_SIGMA) {
                    // re-check on the gauge-balanced point of the same component (W1 -> M W1, W2 -> W2 M^-1)
                    LaePoint pb = lae.numeric.GaugeBalance.balance(p);
                    loss.hessian(pb, h);
                    hi = denseInertia(h);
                    st = status(census, i, hi);
                }
                if (!hi.solvers().startsWith("EJML+")) {
                    failures.incrementAndGet();
                }
                out[q] = new Row(i, Census.label(set), census.negative[i], census.zero[i], census.positive[i], census.margin[i],
                        hi.negative(), hi.zero(), hi.positive(), hi.margin(), hi.solversAgree(), loss.gradient(p).norm(), st,
                        kappa(rep), rawStatus, raw.negative(), raw.zero(), raw.margin(), hi.solvers());
                progress.step();
            }
        };
        lae.numeric.Workers.run(threads, worker, "dense cross-check");
        double secs = (System.nanoTime() - t0) / 1e9;
        progress.done();
        return new DenseCrossCheck(List.of(out), secs, failures.get());
    }

    /**
     * HessianInertia of the dense matrix. Hipparchus's QL iteration has a fixed iteration cap and
     * occasionally throws on these highly degenerate spectra; then the same inertia is computed on
     * exactly similar matrices: the reversed coordinate order (a permutation similarity, exact in
     * floating point), then a seeded random orthogonal similarity. Null if every attempt throws.
     */
    static Dense denseInertia(DMatrixRMaj h) {
        try {
            return Dense.of(HessianInertia.of(h));
        } catch (RuntimeException first) {
            int n = h.numRows;
            DMatrixRMaj r = new DMatrixRMaj(n, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    r.unsafe_set(n - 1 - i, n - 1 - j, h.unsafe_get(i, j));
                }
            }
            try {
                return Dense.of(HessianInertia.of(r));
            } catch (RuntimeException second) {
                DMatrixRMaj g = new DMatrixRMaj(n, n);
                Random rnd = new Random(n);
                for (int i = 0; i < g.data.length; i++) {
                    g.data[i] = rnd.nextGaussian();
                }
                org.ejml.interfaces.decomposition.QRDecomposition<DMatrixRMaj> qr = org.ejml.dense.row.factory.DecompositionFactory_DDRM.qr(n, n);
                qr.decompose(g);
                DMatrixRMaj q = qr.getQ(null, false);
                DMatrixRMaj t = new DMatrixRMaj(n, n);
                DMatrixRMaj s = new DMatrixRMaj(n, n);
                org.ejml.dense.row.CommonOps_DDRM.multTransA(q, h, t);
                org.ejml.dense.row.CommonOps_DDRM.mult(t, q, s);
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        double v = 0.5 * (s.unsafe_get(i, j) + s.unsafe_get(j, i));
                        s.unsafe_set(i, j, v);
                        s.unsafe_set(j, i, v);
                    }
                }
                try {
                    return Dense.of(HessianInertia.of(s));
                } catch (RuntimeException third) {
                    // Hipparchus does not converge on this spectrum: EJML alone, marked as such
                    lae.numeric.Inertia e = lae.numeric.Inertia.of(lae.numeric.SymmetricEigenvalues.EJML.of(h));
                    return new Dense(e.negative(), e.zero(), e.positive(), e.margin(), e.decided(), true,
                            "EJML only (Hipparchus did not converge)");
                }
            }
        }
    }
}
