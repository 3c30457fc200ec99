package lae.census;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lae.core.InputException;
import lae.data.ImageDatasets;
import lae.data.LabelledImages;
import lae.landscape.IndexSet;
import lae.landscape.PredictedInertia;
import lae.landscape.TableOne;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.LossMember;
import lae.model.RegularizedLaeLoss;
import lae.numeric.Inertia;
import lae.numeric.Lanczos;
import lae.symbolic.BlockInertiaFormulas;
import lae.symbolic.ExactInertia;
import lae.topology.ComponentCensus;
import lae.topology.CountLaw;
import lae.topology.LandscapeTopology;

/**
 * The census at Fashion-MNIST scale (m = 784, k = 9; the dense Hessian would be 14,112 x 14,112 and is never formed),
 * in three steps: a {@link Config}, {@link #run} on the spectrum of the centred test set, an immutable {@link Result}
 * ({@link FashionCensusReport} makes the document). Every component is counted exactly in closed form
 * ({@link ComponentCensus}); the minimum {1..k} (or {1..min(k, m0)}), its nearest saddles (one index of the minimum
 * swapped for the next one outside, or dropped) and a seeded random sample of index sets are classified from
 * {@link BlockHessian}, against the corrected formulas ({@link PredictedInertia}) and the exact block signs
 * ({@link BlockInertiaFormulas}); on a few of them a matrix-free {@link Lanczos} run on
 * {@link RegularizedLaeLoss#hessianVector} in the singular basis: every Ritz value must lie within its residual bound
 * of a block eigenvalue, and none outside the block spectrum.
 */
public final class FashionCensus {
    /** Where the Fashion-MNIST files are looked for by default. */
    /**
     * What to run: k and lambda (as in {@code ./lae train}'s Fashion-MNIST experiment: 9 and 8), the losses, the random
     * index sets per loss and their seed, and the Lanczos runs per loss and their steps.
     */
    public record Config(int k, double lambda, List<LossKind> losses, int sample, long seed, int lanczosPerLoss,
                         int lanczosIterations) {
        /** k = 9, lambda = 8 (the Fashion-MNIST experiment). */
        public static Config fashionMnist(List<LossKind> losses, int sample, long seed, int lanczosPerLoss, int lanczosIterations) {
            return new Config(9, 8.0, List.copyOf(losses), sample, seed, lanczosPerLoss, lanczosIterations);
        }
    }

    /** One classified component (the JSON's {@code data.components} rows: the names are the report's). */
    public record Row(String kind, String set, int l, int dI, int negative, int zero, int positive, double margin,
                      double gradient, int printedIndex, int correctedIndex, int printedNullity, int correctedNullity, String tag,
                      int exactNegative, int exactZero) {
    }

    /** One Lanczos cross-check: the Ritz values against the block spectrum. */
    public record LanczosRow(String kind, String set, int iterations, int ritzChecked, double worstMismatch, double ritzMin, double blockMin,
                             double ritzMax, double blockMax, boolean ok, double seconds) {
    }

    /** One loss's closed-form census: the minima by the corrected and by the printed index formula. */
    public record ClosedForm(LossKind kind, int universe, String universeName, ComponentCensus census,
                             TreeMap<Integer, BigInteger> histogram, BigInteger printedMinima, double seconds) {
    }

    /**
     * What a run found: the singular values as used (those at or below the numerical-rank cut set to 0, and how many),
     * the classified components, the Lanczos checks, the closed-form counts, and the seconds of each part.
     */
    public record Result(Config config, DataMatrix data, double[] usedSingularValues, int zeroedSingularValues, List<Row> rows,
                         List<LanczosRow> lanczos, List<ClosedForm> exact, double secondsData, double secondsBlocks,
                         double secondsLanczos) {
    }

    private FashionCensus() {
    }

    /**
     * The centred Fashion-MNIST test set (m = 784, n = 10,000) from {@code dir} (null: the Debian package's directory),
     * found by {@link ImageDatasets#fashionMnist}, as a data matrix with one column per image.
     *
     * @throws InputException if the data set is absent or the directory has no t10k images and labels
     */
    public static DataMatrix load(Path dir) {
        LabelledImages im = ImageDatasets.fashionMnist(dir).read();
        int n = im.count();
        int m = im.dimension();
        DMatrixRMaj raw = new DMatrixRMaj(m, n);
        double[] px = im.pixels();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                raw.data[j * n + i] = px[i * m + j];
            }
        }
        return DataMatrix.fromMatrix(raw, im.origin());
    }

    /** Runs the census of {@code cfg} on {@code data} ({@code secondsData}: what loading it took, for the report). */
    public static Result run(Config cfg, DataMatrix data, double secondsData) {
        int k = cfg.k();
        double lambda = cfg.lambda();
        double[] s = data.singularValues();
        // numerical rank: s_i <= max(m, n) eps s_1 is rounding noise of a zero singular value; use it as exactly 0
        double cut = Math.max(data.m(), data.n()) * Math.ulp(1.0) * s[0];
        int zeroed = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] <= cut) {
                s[i] = 0;
                zeroed++;
            }
        }
        int m = s.length;
        double[] cs = new double[m];
        for (int i = 0; i < m; i++) {
            cs[i] = s[i] * s[i];
        }
        List<Row> rows = new ArrayList<>();
        List<LanczosRow> lanczos = new ArrayList<>();
        double secondsBlocks = 0;
        double secondsLanczos = 0;
        for (LossKind kind : cfg.losses()) {
            TableOne table = TableOne.of(LossMember.of(kind, lambda), s);
            List<String> tags = new ArrayList<>();
            List<int[]> sets = sets(table.universe(), k, cfg.sample(), cfg.seed(), tags);
            BlockHessian bh = new BlockHessian(table, k);
            double[] ev = new double[bh.dimension()];
            long t0 = System.nanoTime();
            boolean sigma = kind == LossKind.L_SIGMA;
            double ls = sigma ? lambda : 0;
            for (int q = 0; q < sets.size(); q++) {
                int[] set = sets.get(q);
                int l = set.length;
                int d = Census.dI(set);
                bh.eigenvalues(set, l, ev);
                Inertia in = Inertia.of(ev);
                int[] oneBased = oneBased(set);
                // exact signs of the block eigenvalues in rational arithmetic (the doubles c_i converted exactly)
                ExactInertia.Inertia ex = BlockInertiaFormulas.inertia(kind, cs, lambda, 0.5, k, oneBased);
                rows.add(new Row(kind.label(), Census.label(set), l, d, in.negative(), in.zero(), in.positive(), in.margin(),
                        bh.gradientNorm(set, l), d + (k - l) * (m - l), PredictedInertia.index(cs, ls, k, oneBased),
                        sigma ? k * l - l * (l + 1) / 2 : k * l, PredictedInertia.nullity(cs, ls, k, oneBased), tags.get(q),
                        ex.negative(), ex.zero()));
            }
            secondsBlocks += (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            for (int q = 0; q < Math.min(cfg.lanczosPerLoss(), sets.size()); q++) {
                lanczos.add(lanczosCheck(table, k, sets.get(q), cfg.lanczosIterations(), bh, cfg.seed() + q));
            }
            secondsLanczos += (System.nanoTime() - t1) / 1e9;
        }
        List<ClosedForm> exact = closedForm(s, m, k, lambda, cfg.losses());
        return new Result(cfg, data, s.clone(), zeroed, List.copyOf(rows), List.copyOf(lanczos), exact, secondsData, secondsBlocks,
                secondsLanczos);
    }

    /** Index sets to check: the minimum, its nearest saddles, then a seeded random sample (sizes uniform in 0..k). */
    static List<int[]> sets(int universe, int k, int sample, long seed, List<String> tags) {
        Set<String> seen = new LinkedHashSet<>();
        List<int[]> out = new ArrayList<>();
        int top = Math.min(k, universe);
        int[] min = new int[top];
        for (int i = 0; i < top; i++) {
            min[i] = i;
        }
        add(out, tags, seen, min, "minimum");
        for (int j = top - 1; j >= 0; j--) {
            if (top < universe) {
                int[] sw = min.clone();
                sw[j] = top;
                Arrays.sort(sw);
                add(out, tags, seen, sw, "saddle: swap");
            }
            int[] drop = new int[top - 1];
            for (int i = 0, p = 0; i < top; i++) {
                if (i != j) {
                    drop[p++] = i;
                }
            }
            add(out, tags, seen, drop, "saddle: drop");
        }
        Random rnd = new Random(seed);
        int guard = 0;
        int target = out.size() + sample;
        while (out.size() < target && guard++ < 100 * sample + 100) {
            int l = rnd.nextInt(top + 1);
            int[] s = rnd.ints(0, universe).distinct().limit(l).sorted().toArray();
            add(out, tags, seen, s, "random");
        }
        return out;
    }

    private static void add(List<int[]> out, List<String> tags, Set<String> seen, int[] s, String tag) {
        if (seen.add(Census.label(s))) {
            out.add(s);
            tags.add(tag);
        }
    }

    private static int[] oneBased(int[] set) {
        int[] out = new int[set.length];
        for (int j = 0; j < set.length; j++) {
            out[j] = set[j] + 1;
        }
        return out;
    }

    /**
     * {@link Lanczos} on H v = hessianVector(point, v) at the point of I = set (0-based) of {@code table}'s member in the
     * singular basis with the identity representative, against the eigenvalues of {@code blocks} there.
     */
    static LanczosRow lanczosCheck(TableOne table, int k, int[] set, int iterations, BlockHessian blocks, long seed) {
        long t0 = System.nanoTime();
        int m = table.m();
        DMatrixRMaj cov = new DMatrixRMaj(m, m);
        for (int i = 0; i < m; i++) {
            cov.set(i, i, table.covariance(i));
        }
        RegularizedLaeLoss loss = RegularizedLaeLoss.of(table.member(), cov, k);
        IndexSet idx = IndexSet.of(oneBased(set));
        LaePoint p = table.point(CommonOps_DDRM.identity(m), idx, table.representative(TableOne.Representative.IDENTITY, k, set.length, null));
        int n = 2 * k * m;
        Lanczos.Result lz = Lanczos.run(v -> loss.hessianVector(p, LaePoint.fromVector(v, m, k)).toVector(), n, iterations, seed);
        double[] ev = new double[n];
        blocks.eigenvalues(set, set.length, ev);
        Arrays.sort(ev);
        double scale = Math.max(Math.abs(ev[0]), Math.abs(ev[n - 1]));
        int checked = 0;
        double worst = 0;
        double rmin = Double.POSITIVE_INFINITY;
        double rmax = Double.NEGATIVE_INFINITY;
        boolean ok = true;
        for (int i = 0; i < lz.steps(); i++) {
            double theta = lz.ritzValues()[i];
            double res = lz.residualBounds()[i];
            rmin = Math.min(rmin, theta);
            rmax = Math.max(rmax, theta);
            // a Ritz value always lies within the spectrum's hull; a residual bound res puts an eigenvalue within res of it
            if (theta < ev[0] - 1e-9 * scale || theta > ev[n - 1] + 1e-9 * scale) {
                ok = false;
            }
            checked++;
            int pos = Arrays.binarySearch(ev, theta);
            int ins = pos >= 0 ? pos : -pos - 1;
            double dist = Double.POSITIVE_INFINITY;
            if (ins < n) {
                dist = Math.min(dist, Math.abs(ev[ins] - theta));
            }
            if (ins > 0) {
                dist = Math.min(dist, Math.abs(ev[ins - 1] - theta));
            }
            worst = Math.max(worst, (dist - res) / scale);
            if (dist > res + 1e-9 * scale) {
                ok = false;
            }
        }
        return new LanczosRow(table.member().kind().label(), Census.label(set), lz.steps(), checked, worst, rmin, ev[0], rmax, ev[n - 1],
                ok && checked > 0, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The exact closed-form census of every component at this scale ({@link ComponentCensus}): per loss, the universe
     * (numerical rank for L and L_pi, m0 for L_sigma), every component counted, the minima and the index histogram,
     * with the corrected index and nullity formulas.
     */
    public static List<ClosedForm> closedForm(double[] s, int m, int k, double lambda, List<LossKind> losses) {
        List<ClosedForm> out = new ArrayList<>();
        for (LossKind kind : losses) {
            if (kind == LossKind.SYNTHETIC) {
                continue;
            }
            long t0 = System.nanoTime();
            boolean sigma = kind == LossKind.L_SIGMA;
            int u = sigma ? LandscapeTopology.m0(s, lambda) : LandscapeTopology.rank(s);
            String uName = sigma ? "m0" : (u == m ? "m" : "rank");
            ComponentCensus c = new ComponentCensus(u, k, CountLaw.correctedIndex(u, k, uName),
                    sigma ? CountLaw.nullityV(k) : CountLaw.correctedNullityF(k));
            TreeMap<Integer, BigInteger> h = c.indexHistogram();
            ComponentCensus printed = new ComponentCensus(u, k, CountLaw.printedIndex(m, k), c.nullity);
            out.add(new ClosedForm(kind, u, uName, c, h, printed.minima(), (System.nanoTime() - t0) / 1e9));
        }
        return List.copyOf(out);
    }
}
