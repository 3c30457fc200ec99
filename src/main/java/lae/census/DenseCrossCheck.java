package lae.census;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
                      double gradient, Status status) {
    }

    public final List<Row> rows;
    public final double seconds;

    private DenseCrossCheck(List<Row> rows, double seconds) {
        this.rows = rows;
        this.seconds = seconds;
    }

    public long count(Status s) {
        return rows.stream().filter(r -> r.status == s).count();
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
                                      Measurements.Progress progress) {
        int[] picks = sample(census.size(), n, seed);
        RegularizedLaeLoss loss = RegularizedLaeLoss.of(census.kind, lambda, data.covariance(), census.k);
        double[] s = data.singularValues();
        Row[] out = new Row[picks.length];
        AtomicInteger next = new AtomicInteger();
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
                HessianInertia hi = HessianInertia.of(h);
                boolean censusDecided = census.decided(i);
                Status st;
                if (!censusDecided || !hi.decided()) {
                    st = Status.UNDECIDED;
                } else if (hi.negative() == census.negative[i] && hi.zero() == census.zero[i] && hi.positive() == census.positive[i]) {
                    st = Status.AGREE;
                } else {
                    st = Status.DISAGREE;
                }
                out[q] = new Row(i, Census.label(set), census.negative[i], census.zero[i], census.positive[i], census.margin[i],
                        hi.negative(), hi.zero(), hi.positive(), hi.margin(), hi.solversAgree(), loss.gradient(p).norm(), st);
                progress.step();
            }
        };
        if (threads <= 1) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> fs = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    fs.add(pool.submit(worker));
                }
                for (Future<?> f : fs) {
                    f.get();
                }
            } catch (Exception e) {
                throw new IllegalStateException("dense cross-check failed: " + e, e);
            } finally {
                pool.shutdownNow();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        progress.done();
        return new DenseCrossCheck(List.of(out), secs);
    }
}
