package lae.census;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;

import lae.landscape.NonUniformTableOne;

/**
 * The non-uniform census timed beside the uniform one ({@code ./lae bench census}): the same process (every point's
 * inertia from the Hessian's blocks, {@link NeighbourBlocks}, against the predicted index) on the same data, over a
 * seeded sample of matchings, extrapolated to all of them (counted exactly by {@link NonUniformTableOne#countPoints}).
 */
public final class NeighbourBench {
    /**
     * One timing.
     *
     * @param matchings      all predicted matchings (exact)
     * @param timed          matchings classified in the timing
     * @param seconds        their time
     * @param disagreements  timed matchings whose block inertia is not the predicted one
     */
    public record Timing(BigInteger matchings, int timed, double seconds, int disagreements) {
        /** Microseconds per matching. */
        public double microsPerMatching() {
            return 1e6 * seconds / Math.max(1, timed);
        }

        /** The time a census of every matching would take at this rate, in seconds. */
        public double fullSeconds() {
            return new java.math.BigDecimal(matchings).doubleValue() * seconds / Math.max(1, timed);
        }
    }

    private NeighbourBench() {
    }

    /** Times the block census of L_nonuniform(lambda) on the covariance diagonal sigma over {@code sample} matchings. */
    public static Timing time(double[] sigma, double[] lambda, int sample, long seed) {
        NonUniformTableOne t = NonUniformTableOne.of(sigma, lambda);
        Random rnd = new Random(seed);
        List<List<Integer>> todo = new java.util.ArrayList<>();
        for (int i = 0; i < sample; i++) {
            todo.add(t.randomMatching(rnd));
        }
        classify(t, sigma, lambda, todo.subList(0, Math.min(200, todo.size())));
        long t0 = System.nanoTime();
        int bad = classify(t, sigma, lambda, todo);
        return new Timing(t.countPoints()[0], todo.size(), (System.nanoTime() - t0) / 1e9, bad);
    }

    private static int classify(NonUniformTableOne t, double[] sigma, double[] lambda, List<List<Integer>> todo) {
        int bad = 0;
        for (List<Integer> match : todo) {
            NeighbourBlocks.BlockInertia b = NeighbourBlocks.inertia(NeighbourBlocks.nonUniform(sigma, lambda, match));
            bad += b.negative() == t.index(match) && b.zero() == 0 ? 0 : 1;
        }
        return bad;
    }
}
