package lae.numeric;

import lae.model.LaePoint;
import lae.model.RegularizedLaeLoss;

/**
 * The step {@link CriticalPointSolver.Step#LEVENBERG_MARQUARDT}: the damped Newton step v itself, computed at the
 * iterate. Where the loss has the GL_k symmetry the iterate is first replaced by its gauge-balanced representative
 * ({@link GaugeBalance}: the same value and component) when that does not increase ||grad f||. Gradients come from
 * the object API {@link RegularizedLaeLoss#gradient} and H^2 from the dense square of the Hessian
 * ({@link LevenbergMarquardtStep#prepare(org.ejml.data.DMatrixRMaj)}).
 */
final class DampedStep extends IterationStep {

    DampedStep(RegularizedLaeLoss f, LevenbergMarquardtStep lm) {
        super(f, lm);
    }

    @Override
    double[] gradient(double[] x) {
        return f.gradient(LaePoint.fromVector(x, m, k)).toVector();
    }

    @Override
    Frame frame(double[] xo, double[] go, double gon) {
        LaePoint p = LaePoint.fromVector(xo, m, k);
        LaePoint balanced = CriticalPointSolver.gauge(f, p);
        if (balanced != p) {
            double[] bg = f.gradient(balanced).toVector();
            double bn = CriticalPointSolver.norm(bg);
            // keep the merit ||g|| monotone: take the balanced representative only if it is no worse
            if (bn <= gon) {
                return new Frame(balanced, balanced.toVector(), bg, bn, true, null);
            }
        }
        return new Frame(p, xo, go, gon, false, null);
    }

    @Override
    boolean prepare(LaePoint p) {
        f.hessian(p, h);
        return lm.prepare(h);
    }

    @Override
    Trial trial(double[] x, double[] g, double[] v, double mu, double[] trial) {
        for (int j = 0; j < n; j++) {
            trial[j] = x[j] + v[j];
        }
        return new Trial(gradient(trial), 1);
    }

    @Override
    Frame back(Frame frame, double[] x, double[] g, double gn) {
        return new Frame(null, x, g, gn, true, null);
    }
}
