package lae.explore;

import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;
import lae.numeric.CriticalPointSolver;

/** How the explorer prepares and rescues Newton starts: a descent phase on f, and homotopy continuation in w_sigma. */
public final class NewtonStarts {
    private NewtonStarts() {
    }

    /**
     * Homotopy continuation for a start where Newton did not converge at a small w_sigma (the loss is then close to the
     * GL_k-invariant L_pi and its near-gauge directions are nearly flat): from where Newton stopped, solve at
     * w_sigma' = 100 w_sigma, then 10 w_sigma, then w_sigma, each from the previous solution. Critical points move
     * continuously with w_sigma, so this follows a component down to the target; the result counts as converged only
     * if the final solve at the target w_sigma converged, and the start stays in the count either way.
     */
    static CriticalPointSolver.Result continuation(CriticalPointSolver.Result first, LaePoint start, DataMatrix data,
                                                   double lambda, double ws, int k, CriticalPointSolver solver) {
        LaePoint q = Double.isFinite(first.point().norm()) ? first.point() : start;
        CriticalPointSolver.Result last = first;
        int iterations = first.iterations();
        for (double w : new double[] {100 * ws, 10 * ws, ws}) {
            RegularizedLaeLoss g = RegularizedLaeLoss.of(LossKind.SYNTHETIC, lambda, w, data.covariance(), k);
            CriticalPointSolver.Result rr = solver.solve(g, q);
            iterations += rr.iterations();
            if (!Double.isFinite(rr.point().norm())) {
                return first;
            }
            q = rr.point();
            last = rr;
        }
        if (!last.converged()) {
            return first;
        }
        return new CriticalPointSolver.Result(last.point(), true, iterations, last.gradientNorm(), last.tolerance(),
                last.log(), "converged by continuation from w_sigma = " + 100 * ws + ", " + 10 * ws);
    }

    /** Iterations of the descent starts (gradient descent on f with Armijo backtracking). */
    static final int DESCENT_ITERATIONS = 400;

    /** Gradient descent on f with Armijo backtracking (Nocedal and Wright, Algorithm 3.1), step doubled after success. */
    static LaePoint descend(RegularizedLaeLoss f, LaePoint p, int iterations) {
        double step = 0.01;
        double fp = f.value(p);
        for (int it = 0; it < iterations; it++) {
            LaePoint g = f.gradient(p);
            double gg = g.norm() * g.norm();
            if (!(gg > 1e-20)) {
                break;
            }
            boolean ok = false;
            for (int back = 0; back < 40; back++) {
                LaePoint q = p.plus(-step, g);
                double fq = f.value(q);
                if (fq <= fp - 1e-4 * step * gg) {
                    p = q;
                    fp = fq;
                    ok = true;
                    step *= 2;
                    break;
                }
                step /= 2;
            }
            if (!ok) {
                break;
            }
        }
        return p;
    }

}
