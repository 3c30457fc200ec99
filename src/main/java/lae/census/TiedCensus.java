package lae.census;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

import lae.core.Progress;
import lae.landscape.IndexSet;
import lae.landscape.TiedTableOne;
import lae.model.NeighbourLoss;
import lae.model.TiedLaeLoss;
import lae.numeric.HessianInertia;
import lae.topology.MorseBottTest;

/**
 * The census of the tied LAE at one configuration (claim KUNIN-T1, predicted half): the components of
 * {@link TiedTableOne} (one per index set) checked critical at their representative, with the predicted index and
 * nullity from the Hessian's blocks ({@link NeighbourBlocks#tied}) and, where affordable, from the dense Hessian of
 * {@link TiedLaeLoss}. Every component when there are at most {@link NonUniformCensus#EXHAUSTIVE_LIMIT}; beyond, the
 * minimum, the top (I empty), every I of size 1, the largest-index I of every size and a seeded sample. The index
 * histogram by components (O(k)-orbits, each a Stiefel manifold) and the Morse-Bott test come from the closed form
 * ({@link TiedIndexCount}), which equals the enumeration wherever the census enumerates (compared here).
 */
final class TiedCensus {
    /**
     * What the census found.
     *
     * @param components       predicted components (index sets), exact
     * @param pieces           their connected pieces (an O(k) component has two), exact
     * @param exhaustive       every component was checked
     * @param checked          components checked by blocks and gradient
     * @param sample           which components were checked, as text
     * @param failures         components whose blocks or gradient contradict the prediction (first few, as text)
     * @param failed           how many
     * @param worstGradient    the largest relative gradient norm at a representative
     * @param denseChecked     representatives whose dense Hessian inertia was compared
     * @param denseDisagree    how many disagreed with the blocks
     * @param histogram        index -&gt; [components, connected pieces, summed dimension], closed form
     * @param enumeratedAgrees whether the enumerated histogram equals the closed form (null when not enumerated)
     * @param m0               #{s_i^2 &gt; lambda}
     * @param morseBott        the Morse-Bott test of the predicted components: MB(t) = sum_I t^index(I) P_{V_l(R^k)}(t)
     * @param closedFormSeconds time of the closed form and the Morse-Bott test
     */
    record Result(BigInteger components, BigInteger pieces, boolean exhaustive, int checked, String sample, List<String> failures,
                  int failed, double worstGradient, int denseChecked, int denseDisagree, TreeMap<Integer, List<BigInteger>> histogram,
                  Boolean enumeratedAgrees, int m0, MorseBottTest.Result morseBott, double closedFormSeconds) {
    }

    private TiedCensus() {
    }

    static Result run(double[] sigma, NeighbourLoss loss, int k, int sampled, long seed, Progress progress) {
        TiedTableOne t = TiedTableOne.of(sigma, loss.lambda(), k);
        int m0 = t.m0();
        long t0 = System.nanoTime();
        TiedIndexCount closed = TiedIndexCount.of(m0, k);
        MorseBottTest.Result mb = closed.morseBott();
        double closedSeconds = (System.nanoTime() - t0) / 1e9;
        boolean exhaustive = closed.components().compareTo(BigInteger.valueOf(NonUniformCensus.EXHAUSTIVE_LIMIT)) <= 0;
        List<IndexSet> todo = exhaustive ? IndexSet.allUpTo(m0, k) : sample(m0, k, sampled, seed);
        String sample = exhaustive ? "every component" : "the minimum, the top (I empty), the " + m0 + " components with |I| = 1, "
                + "the largest-index I of every size and " + sampled + " seeded random ones (size uniform in 0.." + Math.min(k, m0)
                + ", then I uniform; seed " + seed + ")";
        TiedLaeLoss f = TiedLaeLoss.of(loss.lambda(), NonUniformCensus.diagonal(sigma), k);
        double scale = 1 + NormOps_DDRM.normF(NonUniformCensus.diagonal(sigma));
        progress.phase("neighbours: " + loss.name() + ": " + closed.components() + " predicted components, " + todo.size() + " checked");
        boolean dense = 2 * k * sigma.length <= NonUniformCensus.DENSE_LIMIT;
        FirstFailures failures = new FirstFailures();
        double worst = 0;
        int denseChecked = 0;
        int denseDisagree = 0;
        TreeMap<Integer, long[]> enumerated = new TreeMap<>();
        for (IndexSet idx : todo) {
            TiedTableOne.Component c = t.component(idx);
            DMatrixRMaj w = t.point(idx);
            double g = NormOps_DDRM.normF(f.gradient(w)) / scale;
            worst = Math.max(worst, g);
            NeighbourBlocks.BlockInertia blocks = NeighbourBlocks.inertia(NeighbourBlocks.tied(sigma, loss.lambda(), k, idx));
            boolean ok = g <= NonUniformCensus.GRADIENT_TOLERANCE && blocks.decided() && blocks.negative() == c.index()
                    && blocks.zero() == c.nullity();
            if (dense) {
                HessianInertia h = HessianInertia.of(f.hessian(w));
                denseChecked++;
                if (!h.decided() || h.negative() != blocks.negative() || h.zero() != blocks.zero()) {
                    denseDisagree++;
                    ok = false;
                }
            }
            failures.record(ok, () -> "I = " + idx + ": predicted " + c.index() + " negative / " + c.nullity() + " zero, blocks "
                    + blocks.negative() + " / " + blocks.zero() + ", |grad| = " + g);
            long[] h = enumerated.computeIfAbsent(c.index(), i -> new long[3]);
            h[0]++;
            h[1] += c.pieces();
            h[2] += c.dimension();
        }
        Boolean agrees = exhaustive ? NeighbourReport.exact(enumerated).equals(closed.histogram()) : null;
        return new Result(closed.components(), closed.connectedPieces(), exhaustive, todo.size(), sample, failures.texts(),
                failures.count(), worst, denseChecked, denseDisagree, closed.histogram(), agrees, m0, mb, closedSeconds);
    }

    /**
     * The components checked beyond enumerable sizes: the minimum {1..min(k, m0)}, the top (I empty, index k m0), every
     * I of size 1, the largest-index I {m0 - l + 1..m0} of every size l, and {@code sampled} seeded random ones.
     */
    static List<IndexSet> sample(int m0, int k, int sampled, long seed) {
        int top = Math.min(k, m0);
        Set<IndexSet> chosen = new LinkedHashSet<>();
        chosen.add(IndexSet.first(top));
        chosen.add(IndexSet.of());
        for (int i = 1; i <= m0; i++) {
            chosen.add(IndexSet.of(i));
        }
        for (int l = 1; l <= top; l++) {
            int[] last = new int[l];
            for (int j = 0; j < l; j++) {
                last[j] = m0 - l + 1 + j;
            }
            chosen.add(IndexSet.of(last));
        }
        Random rnd = new Random(seed);
        for (int s = 0; s < sampled; s++) {
            int l = rnd.nextInt(top + 1);
            Set<Integer> pick = new LinkedHashSet<>();
            while (pick.size() < l) {
                pick.add(1 + rnd.nextInt(m0));
            }
            chosen.add(IndexSet.of(pick.stream().mapToInt(Integer::intValue).toArray()));
        }
        return new ArrayList<>(chosen);
    }
}
