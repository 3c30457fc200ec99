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
 * orbit tangent space {(A W1, -W2 A)} at every point. Both consequences are used: the start is
 * gauge-balanced as in {@link CriticalPointSolver}, every step is computed at the balanced
 * representative of the iterate and carried back to its gauge ({@link #BALANCE_GROWTH}: the orbit
 * through a balanced point is not stretched, and Newton converges there in a few steps where it
 * converged linearly on stretched representatives), and the minimum-norm character of the damped step keeps the
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
     * For L and L_pi every step is computed at the gauge-balanced representative of the iterate
     * (W1 W1^T = W2^T W2: the same value, the same component) and carried back to the iterate's own
     * gauge: with M the balancing element, x' = T^-1 (T x + d) where T (W1, W2) = (M W1, W2 M^-1) and d
     * is the accelerated LM step at T x. The value and the criticality of a point are invariant under
     * T, but the conditioning of the Hessian is not: away from balance the iterates drift to stretched
     * representatives of their component, where the smallest non-zero Hessian eigenvalue is 1e-3 .. 1e-2
     * instead of about 0.16 at the balanced point (Section 4.2, L_pi), and the plain iteration
     * converged linearly there (20 to 40 iterations). Carrying the step back (rather than keeping the
     * balanced point) keeps the end point in the gauge its start led to, so the spread of the end points
     * along their components, which the C15 witnesses come from, is kept.
     * The balanced representative is used when its gradient is at most this factor larger (the
     * gradient is not invariant along an orbit away from the critical set).
     * Measured on 40 random starts of Section 4.2: mean iterations 11.7 -> 9.3 (L) and 13.9 -> 7.5 (L_pi).
     */
    static final double BALANCE_GROWTH = 10;
    /**
     * Largest condition number of the balancing element M for which the step is carried back to the
     * iterate's own gauge; beyond it the iterate is replaced by its balanced representative (the
     * gradient carried back grows like cond(M)^2 and, for L, whose orbits are unbounded, the iterate
     * otherwise stretched to ||W1|| ~ 1e3 and stalled at ||grad|| ~ 1e-9: 12 of 40 runs did not converge
     * without this rule; 10, 30 and 100 all gave 9.3 - 9.5 mean iterations).
     */
    static final double MAX_GAUGE_CONDITION = 30;
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
        // xo: the iterate in its own gauge (what is returned); x: the same point balanced, where the step is computed
        double[] xo = start.toVector();
        double[] go = grad(df, xo);
        double gon = CriticalPointSolver.norm(go);
        double[] x = xo;
        double[] g = go;
        double gn = gon;
        boolean symmetric = f.lambdaSigma() == 0;
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
            if (!Double.isFinite(gon)) {
                return new CriticalPointSolver.Result(LaePoint.fromVector(xo, m, k), false, it - 1, gon, tol, log, "gradient is not finite");
            }
            if (gon <= tol) {
                return new CriticalPointSolver.Result(LaePoint.fromVector(xo, m, k), true, it - 1, gon, tol, log, "converged");
            }
            // the step is computed at the balanced representative and carried back to the iterate's own gauge
            LaePoint po = LaePoint.fromVector(xo, m, k);
            DMatrixRMaj[] gauge = symmetric ? GaugeBalance.transform(po) : null;
            LaePoint p = po;
            x = xo;
            g = go;
            gn = gon;
            if (gauge != null) {
                LaePoint balanced = GaugeBalance.apply(gauge[0], gauge[1], po);
                double[] bx = balanced.toVector();
                double[] bg = grad(df, bx);
                double bn = CriticalPointSolver.norm(bg);
                if (Double.isFinite(bn) && bn <= BALANCE_GROWTH * gon) {
                    p = balanced;
                    x = bx;
                    g = bg;
                    gn = bn;
                    if (conditionNumber(gauge[0]) > MAX_GAUGE_CONDITION) {
                        // the iterate's own gauge is too stretched to carry the step back accurately: re-anchor
                        xo = bx;
                        go = bg;
                        gon = bn;
                        gauge = null;
                        if (gon <= tol) {
                            return new CriticalPointSolver.Result(balanced, true, it - 1, gon, tol, log, "converged");
                        }
                    }
                } else {
                    gauge = null;
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
                log.add(new double[] {it, gon, 0, mu});
                return new CriticalPointSolver.Result(LaePoint.fromVector(xo, m, k), false, it, gon, tol, log,
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
            if (gauge != null) {
                LaePoint back = GaugeBalance.apply(gauge[1], gauge[0], LaePoint.fromVector(x, m, k));
                xo = back.toVector();
                go = grad(df, xo);
                gon = CriticalPointSolver.norm(go);
            } else {
                xo = x.clone();
                go = g;
                gon = gn;
            }
        }
        boolean ok = gon <= tol;
        return new CriticalPointSolver.Result(LaePoint.fromVector(xo, m, k), ok, options.maxIterations(), gon, tol, log,
                ok ? "converged" : "iteration limit reached");
    }

    private static double[] grad(LossDerivatives df, double[] x) {
        double[] g = new double[x.length];
        df.gradient(x, g);
        return g;
    }

    /** sigma_max / sigma_min of a small square matrix. */
    private static double conditionNumber(DMatrixRMaj a) {
        var svd = org.ejml.dense.row.factory.DecompositionFactory_DDRM.svd(a.numRows, a.numCols, false, false, true);
        if (!svd.decompose(a.copy())) {
            return Double.POSITIVE_INFINITY;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double v : svd.getSingularValues()) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return lo > 0 ? hi / lo : Double.POSITIVE_INFINITY;
    }
}
