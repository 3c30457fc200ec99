package lae.census;

import java.util.List;
import java.util.Random;

import lae.landscape.NonUniformTableOne;
import lae.model.LaePoint;
import lae.model.LossMember;
import lae.model.RegularizedLaeLoss;

/**
 * The training reading of BAO-1 at small sizes: full-batch gradient descent on L_nonuniform (closed-form gradient,
 * constant step 1 / (8 s_1^2), small Gaussian initialisation) from seeded starts, each run until ||grad|| &lt;= 1e-9
 * (1 + ||C||_F) or an iteration budget; where it stopped is identified with a predicted point
 * ({@link NonUniformCensus#identify}). What an optimiser did: observed, never more.
 */
final class NonUniformDescent {
    /** The iteration budget per run. */
    static final int MAX_ITERATIONS = 2_000_000;
    /** Relative gradient norm at which a run has converged. */
    static final double TOLERANCE = 1e-9;

    /**
     * The runs.
     *
     * @param runs         runs started
     * @param converged    runs that reached the tolerance within the budget
     * @param atMinimum    converged runs that ended at the predicted minimum (ordered, axis-aligned)
     * @param elsewhere    converged runs that ended at another predicted point or at no predicted point
     * @param maxIterations the most iterations a converged run needed
     */
    record Result(int runs, int converged, int atMinimum, int elsewhere, long maxIterations) {
    }

    private NonUniformDescent() {
    }

    static Result run(NonUniformTableOne t, double[] sigma, double[] lambda, int runs, long seed) {
        RegularizedLaeLoss f = RegularizedLaeLoss.of(LossMember.withUnitWeights(0, lambda), NonUniformCensus.diagonal(sigma), lambda.length);
        double top = 0;
        double frob = 0;
        for (double s : sigma) {
            top = Math.max(top, s);
            frob += s * s;
        }
        double tol = TOLERANCE * (1 + Math.sqrt(frob));
        double step = 1 / (8 * top);
        List<Integer> min = t.minimum();
        Random rnd = new Random(seed + 2);
        int converged = 0;
        int atMin = 0;
        int elsewhere = 0;
        long most = 0;
        for (int r = 0; r < runs; r++) {
            LaePoint p = LaePoint.zeros(t.m(), t.k());
            for (int i = 0; i < p.w1.data.length; i++) {
                p.w1.data[i] = 0.1 * rnd.nextGaussian();
                p.w2.data[i] = 0.1 * rnd.nextGaussian();
            }
            long it = 0;
            LaePoint g = f.gradient(p);
            while (g.norm() > tol && it < MAX_ITERATIONS) {
                p = p.plus(-step, g);
                g = f.gradient(p);
                it++;
            }
            if (g.norm() > tol) {
                continue;
            }
            converged++;
            most = Math.max(most, it);
            List<Integer> match = NonUniformCensus.identify(t, p);
            if (min.equals(match)) {
                atMin++;
            } else {
                elsewhere++;
            }
        }
        return new Result(runs, converged, atMin, elsewhere, most);
    }
}
