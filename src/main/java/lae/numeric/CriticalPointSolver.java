package lae.numeric;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lae.model.LaePoint;
import lae.model.RegularizedLaeLoss;

/**
 * Newton's method for critical points of any index (minima and saddles alike), the one solver of the toolkit: a
 * Levenberg-Marquardt iteration on the gradient system grad f(theta) = 0 with Jacobian H (the Hessian), as analysed
 * by Yamashita and Fukushima (2001, "On the rate of convergence of the Levenberg-Marquardt method") and Fan and Yuan
 * (2005) for non-isolated solutions:
 * <pre>
 *   v = -(H^2 + mu I)^{-1} H g,   mu = rho ||g||,
 * </pre>
 * which tends to the minimum-norm Newton step -H^+ g as mu -&gt; 0 (directions with lambda_i^2 &lt;&lt; mu, such as the
 * tangent directions of a critical manifold, are not moved), and is damped far from a solution. A step is accepted
 * when the gain ratio (actual decrease of phi = ||g||^2 / 2 over the decrease predicted by the linear model g + H v)
 * exceeds {@link #GAIN_MIN}, and rho follows Nielsen's (1999, "Damping parameter in Marquardt's method") update.
 * After an accepted step the factorisation is reused for up to {@link #CHORD_STEPS} chord steps while each halves
 * ||g|| (Shamanskii's modification; Kelley, <i>Iterative Methods for Linear and Nonlinear Equations</i>, 1995,
 * Section 5.4). The inner solve of H^2 + mu I is by Cholesky or, as an independent second solver, by
 * eigen-decomposition ({@link LevenbergMarquardtStep}). {@link #solve} starts from the gauge-balanced start (for
 * losses with the GL_k symmetry, {@link GaugeBalance}) and a short L-BFGS phase on phi ({@link MeritDescent}).
 *
 * <p><b>The step is an option</b> ({@link Step}): the damped step v itself ({@link Step#LEVENBERG_MARQUARDT},
 * {@link DampedStep}), or v plus the geodesic acceleration of Transtrum and Sethna (2012) with the step computed at
 * the gauge-balanced representative and carried back ({@link Step#GEODESIC_ACCELERATION},
 * {@link GeodesicAccelerationStep}). Everything else, the damping loop, the gain test, the chord steps and the
 * stopping rule, is this class's and the same for both. Each option also keeps how it has always evaluated the
 * gradient and H^2 (the object API of {@link RegularizedLaeLoss} and the dense square for the damped step, the
 * kernels {@link lae.model.LossDerivatives} and {@link lae.model.HessianSquare} for the accelerated one), so that
 * every verb reaches bit for bit the points it reached before the two solvers became one; see docs/newton.md.
 */
public final class CriticalPointSolver {

    /** The step of an iteration. */
    public enum Step {
        /** The damped step v alone, at the iterate (re-balanced when that does not increase ||g||). */
        LEVENBERG_MARQUARDT,
        /** v + a/2 with the geodesic acceleration a, computed at the balanced representative and carried back. */
        GEODESIC_ACCELERATION
    }

    /**
     * @param maxIterations      Newton iterations before giving up
     * @param gradientTolerance  convergence when ||grad f|| &lt;= gradientTolerance * (1 + ||C||_F)
     * @param approachTolerance  the cheap first phase ({@link MeritDescent}) stops at this relative ||grad f||
     * @param approachIterations iteration cap of the first phase (0 disables it)
     * @param eigenSteps         solve the step by eigen-decomposition instead of Cholesky (a second, independent solver)
     * @param step               the step of an iteration
     */
    public record Options(int maxIterations, double gradientTolerance, double approachTolerance, int approachIterations,
                          boolean eigenSteps, Step step) {
        /** 200 iterations, ||g|| &lt;= 1e-11 (1 + ||C||_F), approach to 1e-4 in at most 300 steps, Cholesky, damped step. */
        public static Options defaults() {
            return new Options(200, 1e-11, 1e-4, 300, false, Step.LEVENBERG_MARQUARDT);
        }

        /** The same options with the eigen-decomposition inner solve instead of the Cholesky one. */
        public Options withEigenSteps() {
            return new Options(maxIterations, gradientTolerance, approachTolerance, approachIterations, true, step);
        }

        /** The same options with another step. */
        public Options withStep(Step other) {
            return new Options(maxIterations, gradientTolerance, approachTolerance, approachIterations, eigenSteps, other);
        }
    }

    /**
     * One converged (or abandoned) run with its convergence log: one line per accepted step, {iteration, ||g|| after
     * it, kind (1: the step v or, with the acceleration, v + a/2; 2: v alone where the acceleration was refused;
     * -1: chord step; 0: the start or a failure), mu}.
     */
    public record Result(LaePoint point, boolean converged, int iterations, double gradientNorm,
                         double tolerance, List<double[]> log, String reason) {
        /** The log as lines "iteration  ||g||  kind  mu". */
        public String logText() {
            StringBuilder b = new StringBuilder();
            for (double[] r : log) {
                b.append(String.format("%4d  %.3e  %.3e  %.3e%n", (int) r[0], r[1], r[2], r[3]));
            }
            return b.toString();
        }
    }

    /** At most this many chord steps per Hessian (each must at least halve ||grad f||). */
    static final int CHORD_STEPS = 4;
    /** A chord step is kept when ||grad f|| falls to at most this fraction. */
    static final double CHORD_FACTOR = 0.5;
    /** Accept a step when the actual decrease of ||g||^2/2 exceeds this fraction of the decrease the linear model predicts. */
    static final double GAIN_MIN = 1e-4;
    /** Damping trials per Hessian before giving up (rho grows by 2, 4, 8, ...: 60 trials exceed any double). */
    static final int TRIALS = 60;
    /** Floor of rho: keeps mu = rho ||g|| positive, so H^2 + mu I stays definite. */
    static final double RHO_MIN = 1e-12;

    private final Options options;

    /** A solver with these options (it keeps no state between runs). */
    public CriticalPointSolver(Options options) {
        this.options = options;
    }

    /**
     * The critical point reached from {@code start}: the start or its gauge-balanced representative, whichever has
     * the smaller ||grad f||, then {@link MeritDescent}'s approach, then {@link #newton}.
     */
    public Result solve(RegularizedLaeLoss f, LaePoint start) {
        double scale0 = 1 + normF(f.covariance());
        LaePoint balanced = gauge(f, start);
        LaePoint from = f.gradient(balanced).norm() <= f.gradient(start).norm() ? balanced : start;
        LaePoint approach = MeritDescent.approach(f, from, options.approachTolerance() * scale0, options.approachIterations());
        return newton(f, approach);
    }

    /** The Levenberg-Marquardt phase alone, from {@code start}, with the step of the options. */
    public Result newton(RegularizedLaeLoss f, LaePoint start) {
        final int m = f.m();
        final int k = f.k();
        final int n = f.dimension();
        final double tol = options.gradientTolerance() * (1 + normF(f.covariance()));
        LevenbergMarquardtStep lm = options.eigenSteps() ? LevenbergMarquardtStep.eigen(n) : LevenbergMarquardtStep.cholesky(n);
        IterationStep step = options.step() == Step.GEODESIC_ACCELERATION
                ? new GeodesicAccelerationStep(f, lm) : new DampedStep(f, lm);
        // xo, go, gon: the iterate (what is returned); the step of an iteration is computed in a frame (step.frame)
        double[] xo = start.toVector();
        double[] go = step.gradient(xo);
        double gon = norm(go);
        double rho = 1.0;
        double nu = 2;
        double[] v = new double[n];
        double[] hv = new double[n];
        double[] trial = new double[n];
        List<double[]> log = new ArrayList<>();
        log.add(new double[] {0, gon, 0, 0});
        for (int it = 1; it <= options.maxIterations(); it++) {
            if (!Double.isFinite(gon)) {
                return new Result(LaePoint.fromVector(xo, m, k), false, it - 1, gon, tol, log, "gradient is not finite");
            }
            if (gon <= tol) {
                return new Result(LaePoint.fromVector(xo, m, k), true, it - 1, gon, tol, log, "converged");
            }
            IterationStep.Frame frame = step.frame(xo, go, gon);
            if (frame.anchored()) {
                xo = frame.x();
                go = frame.g();
                gon = frame.gn();
                if (gon <= tol) {
                    return new Result(frame.point(), true, it - 1, gon, tol, log, "converged");
                }
            }
            double[] x = frame.x();
            double[] g = frame.g();
            double gn = frame.gn();
            if (!step.prepare(frame.point())) {
                return new Result(frame.point(), false, it - 1, gn, tol, log, "the Hessian could not be factorised");
            }
            double phi = 0.5 * gn * gn;
            int kind = 0;
            double mu = 0;
            double[] newG = null;
            double newGn = gn;
            for (int attempt = 0; attempt < TRIALS && kind == 0; attempt++) {
                mu = rho * gn;
                double slope = lm.step(g, mu, v);
                if (!(slope < 0)) {
                    rho *= nu;
                    nu *= 2;
                    continue;
                }
                // gain ratio: actual decrease of phi over the decrease predicted by the linear model g + H v
                lm.multiplyHessian(v, hv);
                double model = 0;
                for (int j = 0; j < n; j++) {
                    double r = g[j] + hv[j];
                    model += r * r;
                }
                double predicted = phi - 0.5 * model;
                IterationStep.Trial t = step.trial(x, g, v, mu, trial);
                double tn = norm(t.gradient());
                double gain = Double.isFinite(tn) && predicted > 0 ? (phi - 0.5 * tn * tn) / predicted : -1;
                if (gain > GAIN_MIN) {
                    kind = t.kind();
                    newG = t.gradient();
                    newGn = tn;
                    // Nielsen (1999): shrink the damping smoothly with the gain, reset the growth factor
                    rho = Math.max(rho * Math.max(1.0 / 3, 1 - Math.pow(2 * gain - 1, 3)), RHO_MIN);
                    nu = 2;
                } else {
                    rho *= nu;
                    nu *= 2;
                }
            }
            if (kind == 0) {
                log.add(new double[] {it, gon, 0, mu});
                return new Result(LaePoint.fromVector(xo, m, k), false, it, gon, tol, log,
                        "no step decreases ||grad f|| (stationary point of the merit function)");
            }
            System.arraycopy(trial, 0, x, 0, n);
            g = newG;
            gn = newGn;
            log.add(new double[] {it, gn, kind, mu});
            // chord steps (Shamanskii): reuse this Hessian's factorisation while ||g|| at least halves
            for (int chord = 0; chord < CHORD_STEPS && gn > tol; chord++) {
                double slope = lm.step(g, mu, v);
                if (!(slope < 0)) {
                    break;
                }
                for (int j = 0; j < n; j++) {
                    trial[j] = x[j] + v[j];
                }
                double[] tg = step.gradient(trial);
                double tn = norm(tg);
                if (!(tn <= CHORD_FACTOR * gn)) {
                    break;
                }
                System.arraycopy(trial, 0, x, 0, n);
                g = tg;
                gn = tn;
                log.add(new double[] {it, gn, -1, mu});
            }
            IterationStep.Frame next = step.back(frame, x, g, gn);
            xo = next.x();
            go = next.g();
            gon = next.gn();
        }
        boolean ok = gon <= tol;
        return new Result(LaePoint.fromVector(xo, m, k), ok, options.maxIterations(), gon, tol, log,
                ok ? "converged" : "iteration limit reached");
    }

    /** The gauge-balanced representative where the loss has the GL_k symmetry (no sum regulariser), else p. */
    static LaePoint gauge(RegularizedLaeLoss f, LaePoint p) {
        if (!f.member().glSymmetric()) {
            return p;
        }
        LaePoint b = GaugeBalance.balance(p);
        return Double.isFinite(b.norm()) ? b : p;
    }

    /** The Euclidean norm of v. */
    static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static double normF(DMatrixRMaj a) {
        return norm(a.data);
    }
}
