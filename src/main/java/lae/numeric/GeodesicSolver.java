package lae.numeric;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lae.model.HessianSquare;
import lae.model.LaePoint;
import lae.model.LossDerivatives;
import lae.model.RegularizedLaeLoss;

/**
 * Newton's method for critical points of any index, with a second-order (geodesic) correction
 * that uses the exact polynomial structure of the gradient. It is the Levenberg-Marquardt
 * iteration of {@link CriticalPointSolver} on grad f = 0 (same start, same damping, same
 * acceptance test, same chord steps, same stopping rule) plus the geodesic acceleration of
 * Transtrum and Sethna (2012, "Improvements to the Levenberg-Marquardt algorithm for nonlinear
 * least-squares minimization"): with the velocity
 * <pre>
 *   v = -(H^2 + mu I)^{-1} H g,       mu = rho ||g||,
 * </pre>
 * the step is v + a/2 with the acceleration
 * <pre>
 *   a = -(H^2 + mu I)^{-1} H r_vv,    r_vv = d^2/dt^2 grad f(theta + t v) at t = 0,
 * </pre>
 * which follows the curvature of the path theta(t) on which the linearised residual decreases
 * (the LM step is its first-order term). The losses are polynomials of degree four in theta
 * (f = tr C - 2 tr(W C) + tr(W M W^T) + lambda_sigma ||theta||^2 with W = W2 W1), so
 * grad f(theta + t v) = g + t H v + t^2 g_2 + t^3 g_3 exactly, and the even part
 * <pre>
 *   r_vv = 2 g_2 = grad f(theta + v) + grad f(theta - v) - 2 grad f(theta)
 * </pre>
 * is exact up to rounding: no finite-difference step to choose. The acceleration reuses the
 * factorisation of v, so it costs two gradients and one O(n^2) solve. It is used when
 * 2 ||a|| &lt;= {@link #ACCELERATION_RATIO} ||v|| (the second-order term smaller than the first, so
 * the truncated Taylor series is meaningful); otherwise the step is v alone.
 *
 * <p>Where the GL_k symmetry matters. f(M W1, W2 M^-1) = f(W1, W2) makes every critical
 * component of L and L_pi a GL_k orbit of dimension 2kl - l^2 (C16), and g is orthogonal to the
 * orbit tangent space {(A W1, -W2 A)} at every point. Both consequences are used: the start and
 * every iterate are gauge-balanced as in {@link CriticalPointSolver} (the orbit through a
 * balanced point is not stretched), and the minimum-norm character of the damped step keeps the
 * iteration from drifting along the orbit (its Hessian eigenvalues are O(||g||), so
 * lambda^2 &lt;&lt; mu). The step is deliberately not projected onto the orthogonal complement
 * of the orbit: a step d in that complement satisfies W1 d1^T = d2^T W2, so it keeps the moment map
 * W1 W1^T - W2^T W2 constant to first order and the projected iteration moves on (nearly) one
 * level set of it; at the components with l &lt; k, where the random starts land, that level set
 * and the orbit space are singular (the orbit dimension drops from k^2 to 2kl - l^2, and the
 * orbit tangent vectors of the stabiliser directions shrink to zero). Measured on Section 4.2
 * (L, 20 random starts): the projected iteration converged in none of them within 200 iterations,
 * and a Newton step on H + c P_T (orbit directions shifted by c, solved by LU, Armijo line search)
 * converged in all but needed 62 iterations on average against 25 for {@link CriticalPointSolver}.
 * The slow part of the old solver was the approach (20 to 150 damped steps of constant length
 * along a curved path), which the acceleration shortens.
 *
 * <p>Cost of an iteration (n = 2km): the dense Hessian and H^2 in closed form
 * ({@link lae.model.HessianSquare}, O((km)^2) from small products instead of the n^3/2 of the dense
 * product), one Cholesky factorisation of H^2 + mu I per damping trial ({@link UpperCholesky},
 * n^3/6), and O(n^2) solves and gradients ({@link lae.model.LossDerivatives}) for the velocity, the
 * acceleration and the chord steps. On Section 4.2 (n = 320) that is a few milliseconds; the
 * factorisation dominates.
 *
 * <p>{@link CriticalPointSolver} is kept as the independent first-order solver; tests check that
 * both reach the same components from the same starts.
 */
public final class GeodesicSolver {

    /**
     * Use the acceleration only if 2 ||a|| &lt;= this times ||v|| (Transtrum and Sethna recommend
     * 0.75: the quadratic term of the step must be smaller than the linear one, or the expansion
     * it comes from is not trustworthy).
     */
    static final double ACCELERATION_RATIO = 0.75;
    /**
     * Before every Hessian the iterate of L or L_pi is replaced by its gauge-balanced representative
     * (W1 W1^T = W2^T W2, the same value, the same component) unless that multiplies ||grad f|| by
     * more than this. The gradient is not invariant along a GL_k orbit away from the critical set, so
     * the balanced point usually has a somewhat larger ||g||; requiring no increase at all (the rule
     * before) rejected the balance in most iterations, and the iterates drifted to stretched
     * representatives of their component, where the smallest non-zero Hessian eigenvalue is 1e-3 .. 1e-2
     * instead of about 0.16 at the balanced point (Section 4.2, L_pi), and Newton converged linearly
     * there (20 to 40 iterations). Measured on 40 random starts of Section 4.2: mean iterations 11.7 -> 9.4
     * (L) and 13.9 -> 7.4 (L_pi) with this factor; 2 gave 11.0 / 13.8, and always balancing 9.6 / 7.6.
     */
    static final double BALANCE_GROWTH = 10;
    /** At most this many chord steps per Hessian (each must at least halve ||grad f||), as in {@link CriticalPointSolver}. */
    private static final int CHORD_STEPS = 4;
    private static final double CHORD_FACTOR = 0.5;
    /** Accept a step when the actual decrease of ||g||^2/2 exceeds this fraction of the decrease the linear model predicts for v. */
    private static final double GAIN_MIN = 1e-4;
    /** Damping trials per Hessian before giving up (rho grows by 2, 4, 8, ...: 60 trials exceed any double). */
    private static final int TRIALS = 60;
    /** Floor of rho: keeps mu = rho ||g|| positive, so H^2 + mu I stays definite. */
    private static final double RHO_MIN = 1e-12;

    private final CriticalPointSolver.Options options;

    public GeodesicSolver(CriticalPointSolver.Options options) {
        this.options = options;
    }

    /** Gauge-balanced start and the L-BFGS approach exactly as {@link CriticalPointSolver#solve}, then {@link #newton}. */
    public CriticalPointSolver.Result solve(RegularizedLaeLoss f, LaePoint start) {
        double scale0 = 1 + CriticalPointSolver.normF(f.covariance());
        LaePoint balanced = CriticalPointSolver.gauge(f, start);
        LaePoint from = f.gradient(balanced).norm() <= f.gradient(start).norm() ? balanced : start;
        LaePoint approach = MeritDescent.approach(f, from, options.approachTolerance() * scale0, options.approachIterations());
        return newton(f, approach);
    }

    /**
     * The accelerated Levenberg-Marquardt phase alone, from {@code start}. The log has one line per
     * accepted step: iteration, ||g|| after it, kind (1: accelerated step v + a/2, 2: step v alone,
     * -1: chord step), mu.
     */
    public CriticalPointSolver.Result newton(RegularizedLaeLoss f, LaePoint start) {
        final int m = f.m();
        final int k = f.k();
        final int n = f.dimension();
        final double tol = options.gradientTolerance() * (1 + CriticalPointSolver.normF(f.covariance()));
        final LossDerivatives df = new LossDerivatives(f);
        DMatrixRMaj h = new DMatrixRMaj(n, n);
        double[][] h2 = new double[n][n];
        LevenbergMarquardtStep lm = options.eigenSteps() ? LevenbergMarquardtStep.eigen(n) : LevenbergMarquardtStep.cholesky(n);
        double[] x = start.toVector();
        double[] g = grad(df, x);
        double gn = CriticalPointSolver.norm(g);
        double rho = 1.0;
        double nu = 2;
        double[] v = new double[n];
        double[] acc = new double[n];
        double[] rvv = new double[n];
        double[] hv = new double[n];
        double[] trial = new double[n];
        List<double[]> log = new ArrayList<>();
        log.add(new double[] {0, gn, 0, 0});
        for (int it = 1; it <= options.maxIterations(); it++) {
            if (!Double.isFinite(gn)) {
                return new CriticalPointSolver.Result(LaePoint.fromVector(x, m, k), false, it - 1, gn, tol, log, "gradient is not finite");
            }
            if (gn <= tol) {
                return new CriticalPointSolver.Result(LaePoint.fromVector(x, m, k), true, it - 1, gn, tol, log, "converged");
            }
            LaePoint p = LaePoint.fromVector(x, m, k);
            LaePoint balanced = CriticalPointSolver.gauge(f, p);
            if (balanced != p) {
                double[] bg = grad(df, balanced.toVector());
                double bn = CriticalPointSolver.norm(bg);
                // take the balanced representative unless its gradient is much larger (see BALANCE_GROWTH)
                if (bn <= BALANCE_GROWTH * gn) {
                    p = balanced;
                    x = p.toVector();
                    g = bg;
                    gn = bn;
                    if (gn <= tol) {
                        return new CriticalPointSolver.Result(p, true, it - 1, gn, tol, log, "converged");
                    }
                }
            }
            f.hessian(p, h);
            HessianSquare.of(f, p, h2);
            if (!lm.prepare(h, h2)) {
                return new CriticalPointSolver.Result(p, false, it - 1, gn, tol, log, "the Hessian could not be factorised");
            }
            double phi = 0.5 * gn * gn;
            boolean accepted = false;
            int kind = 0;
            double mu = 0;
            double[] newG = null;
            double newGn = gn;
            for (int attempt = 0; attempt < TRIALS && !accepted; attempt++) {
                mu = rho * gn;
                double slope = lm.step(g, mu, v);
                if (!(slope < 0)) {
                    rho *= nu;
                    nu *= 2;
                    continue;
                }
                // the decrease of phi that the linear model g + H v predicts for the velocity
                lm.multiplyHessian(v, hv);
                double model = 0;
                for (int j = 0; j < n; j++) {
                    double r = g[j] + hv[j];
                    model += r * r;
                }
                double predicted = phi - 0.5 * model;
                // r_vv = grad f(x + v) + grad f(x - v) - 2 grad f(x), exact because grad f is cubic along a line
                for (int j = 0; j < n; j++) {
                    trial[j] = x[j] + v[j];
                }
                double[] gPlus = grad(df, trial);
                for (int j = 0; j < n; j++) {
                    trial[j] = x[j] - v[j];
                }
                double[] gMinus = grad(df, trial);
                for (int j = 0; j < n; j++) {
                    rvv[j] = gPlus[j] + gMinus[j] - 2 * g[j];
                }
                lm.step(rvv, mu, acc);
                double an = CriticalPointSolver.norm(acc);
                double vn = CriticalPointSolver.norm(v);
                boolean accelerate = Double.isFinite(an) && 2 * an <= ACCELERATION_RATIO * vn;
                double[] tg;
                if (accelerate) {
                    for (int j = 0; j < n; j++) {
                        trial[j] = x[j] + v[j] + 0.5 * acc[j];
                    }
                    tg = grad(df, trial);
                } else {
                    for (int j = 0; j < n; j++) {
                        trial[j] = x[j] + v[j];
                    }
                    tg = gPlus;
                }
                double tn = CriticalPointSolver.norm(tg);
                double gain = Double.isFinite(tn) && predicted > 0 ? (phi - 0.5 * tn * tn) / predicted : -1;
                if (gain > GAIN_MIN) {
                    accepted = true;
                    kind = accelerate ? 1 : 2;
                    newG = tg;
                    newGn = tn;
                    // Nielsen (1999): shrink the damping smoothly with the gain, reset the growth factor
                    rho = Math.max(rho * Math.max(1.0 / 3, 1 - Math.pow(2 * gain - 1, 3)), RHO_MIN);
                    nu = 2;
                } else {
                    rho *= nu;
                    nu *= 2;
                }
            }
            if (!accepted) {
                log.add(new double[] {it, gn, 0, mu});
                return new CriticalPointSolver.Result(LaePoint.fromVector(x, m, k), false, it, gn, tol, log,
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
                double[] tg = grad(df, trial);
                double tn = CriticalPointSolver.norm(tg);
                if (!(tn <= CHORD_FACTOR * gn)) {
                    break;
                }
                System.arraycopy(trial, 0, x, 0, n);
                g = tg;
                gn = tn;
                log.add(new double[] {it, gn, -1, mu});
            }
        }
        boolean ok = gn <= tol;
        return new CriticalPointSolver.Result(LaePoint.fromVector(x, m, k), ok, options.maxIterations(), gn, tol, log,
                ok ? "converged" : "iteration limit reached");
    }

    private static double[] grad(LossDerivatives df, double[] x) {
        double[] g = new double[x.length];
        df.gradient(x, g);
        return g;
    }
}
