package lae.numeric;

import org.ejml.data.DMatrixRMaj;

import lae.model.LaePoint;
import lae.model.RegularizedLaeLoss;

/**
 * What differs between the step options of {@link CriticalPointSolver}: where an iteration's step is computed
 * (the iterate, or a gauge-balanced representative of it), how the Hessian and its square reach the inner solver,
 * the trial point of a velocity v = -(H^2 + mu I)^{-1} H g, and how the result becomes the next iterate. The
 * damping loop, the gain test and the chord steps that use them are the solver's. Not thread-safe: one per run.
 */
abstract class IterationStep {

    /**
     * Where the step of an iteration is computed: the point, its coordinates and gradient, and whether it replaces
     * the iterate ({@code anchored}) rather than being carried back to it after the step ({@code gauge}: the
     * balancing element and its inverse, or null).
     */
    record Frame(LaePoint point, double[] x, double[] g, double gn, boolean anchored, DMatrixRMaj[] gauge) {
    }

    /** A trial point's gradient, and the kind of step that produced it (1 or 2, as in the solver's log). */
    record Trial(double[] gradient, int kind) {
    }

    final RegularizedLaeLoss f;
    final LevenbergMarquardtStep lm;
    final int m;
    final int k;
    final int n;
    final DMatrixRMaj h;

    IterationStep(RegularizedLaeLoss f, LevenbergMarquardtStep lm) {
        this.f = f;
        this.lm = lm;
        this.m = f.m();
        this.k = f.k();
        this.n = f.dimension();
        this.h = new DMatrixRMaj(n, n);
    }

    /** grad f at x, a new array. */
    abstract double[] gradient(double[] x);

    /** The frame of an iteration from the iterate xo (gradient go, norm gon). */
    abstract Frame frame(double[] xo, double[] go, double gon);

    /** The Hessian (and H^2) at p into the inner solver; false if it cannot be used. */
    abstract boolean prepare(LaePoint p);

    /** Writes the trial point of velocity v from x into {@code trial} and returns its gradient. */
    abstract Trial trial(double[] x, double[] g, double[] v, double mu, double[] trial);

    /** The next iterate after the step moved the frame's point to x (gradient g, norm gn). */
    abstract Frame back(Frame frame, double[] x, double[] g, double gn);
}
