package lae.census;

import java.util.List;
import java.util.TreeMap;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

import lae.core.Progress;
import lae.landscape.TiedTableOne;
import lae.model.NeighbourLoss;
import lae.model.TiedLaeLoss;
import lae.numeric.HessianInertia;
import lae.topology.IntPolynomial;
import lae.topology.MorseBottTest;
import lae.topology.StiefelPoincare;

/**
 * The census of the tied LAE at one configuration (claim KUNIN-T1, predicted half): every component of
 * {@link TiedTableOne} (one per index set) checked critical at its representative, with the predicted index and nullity
 * from the Hessian's blocks ({@link NeighbourBlocks#tied}) and, where affordable, from the dense Hessian of
 * {@link TiedLaeLoss}; and the index histogram by components (O(k)-orbits, each a Stiefel manifold).
 */
final class TiedCensus {
    /**
     * What the census found.
     *
     * @param components    predicted components (index sets)
     * @param pieces        their connected pieces (an O(k) component has two)
     * @param failures      components whose blocks or gradient contradict the prediction (first few, as text)
     * @param failed        how many
     * @param worstGradient the largest relative gradient norm at a representative
     * @param denseChecked  representatives whose dense Hessian inertia was compared
     * @param denseDisagree how many disagreed with the blocks
     * @param histogram     index -&gt; {components, connected pieces, summed dimension}
     * @param m0            #{s_i^2 &gt; lambda}
     * @param morseBott     the Morse-Bott test of the predicted components: MB(t) = sum_I t^index(I) P_{V_l(R^k)}(t)
     */
    record Result(int components, int pieces, List<String> failures, int failed, double worstGradient, int denseChecked,
                  int denseDisagree, TreeMap<Integer, long[]> histogram, int m0, MorseBottTest.Result morseBott) {
    }

    private TiedCensus() {
    }

    static Result run(double[] sigma, NeighbourLoss loss, int k, Progress progress) {
        TiedTableOne t = TiedTableOne.of(sigma, loss.lambda(), k);
        TiedLaeLoss f = TiedLaeLoss.of(loss.lambda(), NonUniformCensus.diagonal(sigma), k);
        double scale = 1 + NormOps_DDRM.normF(NonUniformCensus.diagonal(sigma));
        List<TiedTableOne.Component> comps = t.components();
        progress.phase("neighbours: " + loss.name() + ": " + comps.size() + " predicted components");
        boolean dense = 2 * k * sigma.length <= NonUniformCensus.DENSE_LIMIT;
        FirstFailures failures = new FirstFailures();
        int pieces = 0;
        double worst = 0;
        int denseChecked = 0;
        int denseDisagree = 0;
        TreeMap<Integer, long[]> histogram = new TreeMap<>();
        IntPolynomial mb = IntPolynomial.ZERO;
        for (TiedTableOne.Component c : comps) {
            DMatrixRMaj w = t.point(c.indexSet());
            double g = NormOps_DDRM.normF(f.gradient(w)) / scale;
            worst = Math.max(worst, g);
            NeighbourBlocks.BlockInertia blocks = NeighbourBlocks.inertia(NeighbourBlocks.tied(sigma, loss.lambda(), k, c.indexSet()));
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
            failures.record(ok, () -> "I = " + c.indexSet() + ": predicted " + c.index() + " negative / " + c.nullity() + " zero, blocks "
                    + blocks.negative() + " / " + blocks.zero() + ", |grad| = " + g);
            pieces += c.pieces();
            mb = mb.plus(StiefelPoincare.z2(k, c.indexSet().size()).shift(c.index()));
            long[] h = histogram.computeIfAbsent(c.index(), i -> new long[3]);
            h[0]++;
            h[1] += c.pieces();
            h[2] += c.dimension();
        }
        return new Result(comps.size(), pieces, failures.texts(), failures.count(), worst, denseChecked, denseDisagree, histogram, t.m0(), MorseBottTest.test(mb));
    }
}
