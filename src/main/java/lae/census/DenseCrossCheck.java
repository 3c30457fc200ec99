package lae.census;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import lae.core.Numbers;
import lae.core.Progress;
import lae.landscape.IndexSet;
import lae.landscape.TableOne;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;
import lae.numeric.GaugeBalance;
import lae.numeric.HessianInertia;
import lae.numeric.Workers;

/**
 * The census's independent cross-check: a seeded random sample of its components done the dense
 * way, in the ORIGINAL coordinates (data directions U from the data), the full 2km x 2km Hessian and
 * {@link HessianInertia} (EJML and Hipparchus, with every retry it makes). Each sampled component is
 * classified at up to three points of the same component, in this order, and the first decided
 * classification is compared with the census:
 * <ol>
 *   <li><b>raw</b>: a RANDOM representative G (or O), as drawn;</li>
 *   <li><b>balanced</b> (L, L_pi): the gauge-balanced point of the same component (W1 -&gt; M W1,
 *       W2 -&gt; W2 M^-1, {@link lae.numeric.GaugeBalance}), which removes the ill-conditioning of G;</li>
 *   <li><b>identity</b>: the identity representative (kappa(G) = 1), still in the original
 *       coordinates and with the dense Hessian.</li>
 * </ol>
 * The symmetry acts linearly on the tangent space, so by Sylvester's law all three points have the
 * same inertia; the later points only remove numerical ill-conditioning, and are tried only while no
 * point agrees with the census. The final classification is the first that agrees, else the first
 * decided one (then DISAGREE: a finding against the census), else UNDECIDED with the reason from
 * {@link HessianInertia#undecidedReason()}. Everything is seeded
 * and single-valued per component, so the same sample gives the same rows on every run.
 *
 * @param rows    one per sampled component, in the order of the census
 * @param seconds wall seconds of the whole cross-check
 */
public record DenseCrossCheck(List<Row> rows, double seconds) {
    public enum Status { AGREE, UNDECIDED, DISAGREE }

    /**
     * One sampled component: census counts and margin, the final dense classification and where it was
     * obtained ({@code method}: raw, balanced or identity), the raw one, kappa(G) of the raw representative,
     * and the reason when nothing decided.
     */
    public record Row(int component, String set, int censusNeg, int censusZero, int censusPos, double censusMargin,
                      int denseNeg, int denseZero, int densePos, double denseMargin, boolean solversAgree,
                      double gradient, Status status, double kappa, Status rawStatus, int rawNeg, int rawZero, double rawMargin,
                      String method, String reason) {
    }

    /** One classification of a sampled component: the inertia, where it was obtained, its status against the census. */
    private record Attempt(HessianInertia inertia, String method, Status status) {
        /** This attempt, or the one at another point of the component if that agrees or this one is undecided. */
        Attempt orAt(Census census, int i, RegularizedLaeLoss loss, Supplier<LaePoint> point, DMatrixRMaj h, String at) {
            if (status == Status.AGREE) {
                return this;
            }
            loss.hessian(point.get(), h);
            HessianInertia b = HessianInertia.of(h);
            Status sb = DenseCrossCheck.status(census, i, b);
            return sb == Status.AGREE || status == Status.UNDECIDED ? new Attempt(b, at, sb) : this;
        }
    }

    /** Condition number of the representative (k x l): largest / smallest singular value; 1 for l = 0. */
    static double kappa(DMatrixRMaj g) {
        if (g.numCols == 0) {
            return 1;
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(g.numRows, g.numCols, false, false, true);
        svd.decompose(g.copy());
        double mx = 0;
        double mn = Double.POSITIVE_INFINITY;
        for (double v : svd.getSingularValues()) {
            mx = Math.max(mx, v);
            mn = Math.min(mn, v);
        }
        return mx / mn;
    }

    static Status status(Census census, int i, HessianInertia hi) {
        if (!census.decided(i) || !hi.decided()) {
            return Status.UNDECIDED;
        }
        return hi.negative() == census.negative(i) && hi.zero() == census.zero(i) && hi.positive() == census.positive(i)
                ? Status.AGREE : Status.DISAGREE;
    }

    /** Final status (the first decided of raw, balanced, identity). */
    public long count(Status s) {
        return rows.stream().filter(r -> r.status == s).count();
    }

    /** Status with the random representative as drawn. */
    public long countRaw(Status s) {
        return rows.stream().filter(r -> r.rawStatus == s).count();
    }

    /** Rows whose final classification came from {@code method} (raw, balanced, identity). */
    public long countMethod(String method) {
        return rows.stream().filter(r -> r.method.equals(method)).count();
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

    /**
     * Cross-checks a seeded sample of n components of {@code census} (of L, L_pi or L_sigma) on the data in its original
     * coordinates.
     */
    public static DenseCrossCheck run(Census census, DataMatrix data, int n, long seed, int threads,
                                      Progress progress) {
        int[] picks = sample(census.size(), n, seed);
        LossKind kind = census.member().kind();
        int k = census.k();
        RegularizedLaeLoss loss = RegularizedLaeLoss.of(census.member(), data.covariance(), k);
        TableOne table = TableOne.of(census.member(), data.singularValues());
        Row[] out = new Row[picks.length];
        AtomicInteger next = new AtomicInteger();
        progress.start("dense " + kind.label(), picks.length);
        long t0 = System.nanoTime();
        Runnable worker = () -> {
            DMatrixRMaj h = new DMatrixRMaj(1, 1);
            int q;
            while ((q = next.getAndIncrement()) < picks.length) {
                int i = picks[q];
                int[] set = census.set(i);
                int[] oneBased = new int[set.length];
                for (int j = 0; j < set.length; j++) {
                    oneBased[j] = set[j] + 1;
                }
                IndexSet idx = IndexSet.of(oneBased);
                Random rnd = new Random(seed * 1_000_003L + i);
                DMatrixRMaj rep = table.representative(TableOne.Representative.RANDOM, k, set.length, rnd);
                LaePoint p = table.point(data.u(), idx, rep);
                loss.hessian(p, h);
                HessianInertia raw = HessianInertia.of(h);
                Status rawStatus = status(census, i, raw);
                // attempts in order; the final one is the first that agrees, else the first decided, else the last
                Attempt a = new Attempt(raw, "raw", rawStatus);
                if (kind != LossKind.L_SIGMA) {
                    // the gauge-balanced point of the same component (W1 -> M W1, W2 -> W2 M^-1)
                    a = a.orAt(census, i, loss, () -> GaugeBalance.balance(p), h, "balanced");
                }
                // the identity representative of the same component, original coordinates, dense Hessian
                a = a.orAt(census, i, loss, () -> table.point(data.u(), idx,
                        table.representative(TableOne.Representative.IDENTITY, k, set.length, null)), h, "identity");
                HessianInertia hi = a.inertia();
                String method = a.method();
                Status st = a.status();
                String reason = st != Status.UNDECIDED ? null
                        : !census.decided(i) ? "census margin " + Numbers.sci(census.margin(i)) + " < 1e3"
                        : "raw: " + raw.undecidedReason() + "; last attempt (" + method + "): " + hi.undecidedReason();
                out[q] = new Row(i, Census.label(set), census.negative(i), census.zero(i), census.positive(i), census.margin(i),
                        hi.negative(), hi.zero(), hi.positive(), hi.margin(), hi.solversAgree(), loss.gradient(p).norm(), st,
                        kappa(rep), rawStatus, raw.negative(), raw.zero(), raw.margin(), method, reason);
                progress.step();
            }
        };
        Workers.run(threads, worker, "dense cross-check");
        double secs = (System.nanoTime() - t0) / 1e9;
        progress.done();
        return new DenseCrossCheck(List.of(out), secs);
    }
}
