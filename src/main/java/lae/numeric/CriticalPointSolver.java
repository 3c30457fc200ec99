package lae.numeric;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lae.model.LaePoint;
import lae.model.RegularizedLaeLoss;

/**
 * Newton's method for critical points of any index (minima and saddles alike): a
 * Levenberg-Marquardt iteration on the gradient system grad f(theta) = 0 with Jacobian H (the
 * Hessian), as analysed by Yamashita and Fukushima (2001) and Fan and Yuan (2005) for non-isolated
 * solutions:
 * <pre>
 *   d = -(H^2 + mu I)^{-1} H g,   mu = rho ||g||,
 * </pre>
 * which tends to the minimum-norm Newton step -H^+ g as mu -&gt; 0 (directions with
 * lambda_i^2 &lt;&lt; mu, such as the tangent directions of a critical manifold, are not moved), and is
 * damped far from a solution. A step is accepted when the gain ratio (actual decrease of
 * phi = ||g||^2 / 2 over the decrease predicted by the linear model g + H d) exceeds 1e-4, and rho
 * follows Nielsen's (1999) update. After a full step the factorisation is reused for up to
 * {@link #CHORD_STEPS} chord steps while each halves ||g|| (Shamanskii). The step is solved by
 * Cholesky on H^2 + mu I or, as an independent second solver, by eigen-decomposition
 * ({@link LevenbergMarquardtStep}). A short L-BFGS phase on phi ({@link MeritDescent}) precedes it,
 * and for losses with the GL_k symmetry the start is balanced ({@link GaugeBalance}).
 */
public final class CriticalPointSolver {

    /**
     * @param maxIterations     Newton iterations before giving up
     * @param gradientTolerance convergence when ||grad f|| &lt;= gradientTolerance * (1 + ||C||_F)
     * @param approachTolerance  the cheap first phase ({@link MeritDescent}) stops at this relative ||grad f||
     * @param approachIterations iteration cap of the first phase (0 disables it)
     * @param eigenSteps         solve the step by eigen-decomposition instead of Cholesky (a second, independent solver)
     */
    public record Options(int maxIterations, double gradientTolerance, double approachTolerance, int approachIterations,
                          boolean eigenSteps) {
        public static Options defaults() {
            return new Options(200, 1e-11, 1e-4, 300, false);
        }

        /** The same options with the eigen-decomposition step instead of the Cholesky one. */
        public Options withEigenSteps() {
            return new Options(maxIterations, gradientTolerance, approachTolerance, approachIterations, true);
        }
    }

    /** One converged (or abandoned) run with its convergence log. */
    public record Result(LaePoint point, boolean converged, int iterations, double gradientNorm,
                         double tolerance, List<double[]> log, String reason) {
        /** The log as lines "iteration  ||g||  step-length (-1: chord step)  mu". */
        public String logText() {
            StringBuilder b = new StringBuilder();
            for (double[] r : log) {
                b.append(String.format("%4d  %.3e  %.3e  %.3e%n", (int) r[0], r[1], r[2], r[3]));
            }
            return b.toString();
        }
    }

    /** At most this many chord steps per Hessian (each must at least halve ||grad f||). */
    private static final int CHORD_STEPS = 4;
    private static final double CHORD_FACTOR = 0.5;

    private final Options options;

    public CriticalPointSolver(Options options) {
        this.options = options;
    }

    public Result solve(RegularizedLaeLoss f, LaePoint start) {
        double scale0 = 1 + normF(f.covariance());
        LaePoint balanced = gauge(f, start);
        LaePoint from = f.gradient(balanced).norm() <= f.gradient(start).norm() ? balanced : start;
        LaePoint approach = MeritDescent.approach(f, from, options.approachTolerance() * scale0, options.approachIterations());
        return newton(f, approach);
    }

    /** The Levenberg-Marquardt phase alone, from {@code start}. */
    public Result newton(RegularizedLaeLoss f, LaePoint start) {
        final int m = f.m();
        final int k = f.k();
        final int n = f.dimension();
        double scale = 1 + normF(f.covariance());
        double tol = options.gradientTolerance() * scale;
        DMatrixRMaj h = new DMatrixRMaj(n, n);
        LevenbergMarquardtStep lm = options.eigenSteps() ? LevenbergMarquardtStep.eigen(n) : LevenbergMarquardtStep.cholesky(n);
        double[] x = start.toVector();
        double[] g = f.gradient(start).toVector();
        double gn = norm(g);
        double rho = 1.0;
        double nu = 2;
        double[] hd = new double[n];
        double[] d = new double[n];
        double[] trial = new double[n];
        List<double[]> log = new ArrayList<>();
        log.add(new double[] {0, gn, 0, 0});
        for (int it = 1; it <= options.maxIterations(); it++) {
            if (!Double.isFinite(gn)) {
                return new Result(LaePoint.fromVector(x, m, k), false, it - 1, gn, tol, log, "gradient is not finite");
            }
            if (gn <= tol) {
                return new Result(LaePoint.fromVector(x, m, k), true, it - 1, gn, tol, log, "converged");
            }
            LaePoint p = LaePoint.fromVector(x, m, k);
            LaePoint balanced = gauge(f, p);
            if (balanced != p) {
                double[] bg = f.gradient(balanced).toVector();
                double bn = norm(bg);
                // keep the merit ||g|| monotone: take the balanced representative only if it is no worse
                if (bn <= gn) {
                    p = balanced;
                    x = p.toVector();
                    g = bg;
                    gn = bn;
                    if (gn <= tol) {
                        return new Result(p, true, it - 1, gn, tol, log, "converged");
                    }
                }
            }
            f.hessian(p, h);
            if (!lm.prepare(h)) {
                return new Result(p, false, it - 1, gn, tol, log, "the Hessian could not be factorised");
            }
            double phi = 0.5 * gn * gn;
            double accepted = 0;
            double mu = 0;
            double newGn = gn;
            double[] newG = null;
            for (int attempt = 0; attempt < 60 && accepted == 0; attempt++) {
                mu = rho * gn;
                double slope = lm.step(g, mu, d);
                if (!(slope < 0)) {
                    rho *= nu;
                    nu *= 2;
                    continue;
                }
                // gain ratio: actual decrease of phi over the decrease predicted by the linear model g + H d
                lm.multiplyHessian(d, hd);
                double model = 0;
                for (int j = 0; j < n; j++) {
                    double r = g[j] + hd[j];
                    model += r * r;
                    trial[j] = x[j] + d[j];
                }
                double predicted = phi - 0.5 * model;
                double[] tg = f.gradient(LaePoint.fromVector(trial, m, k)).toVector();
                double tn = norm(tg);
                double gain = Double.isFinite(tn) && predicted > 0 ? (phi - 0.5 * tn * tn) / predicted : -1;
                if (gain > 1e-4) {
                    accepted = 1;
                    newG = tg;
                    newGn = tn;
                    // Nielsen (1999): shrink the damping smoothly with the gain, reset the growth factor
                    rho = Math.max(rho * Math.max(1.0 / 3, 1 - Math.pow(2 * gain - 1, 3)), 1e-12);
                    nu = 2;
                } else {
                    rho *= nu;
                    nu *= 2;
                }
            }
            if (accepted == 0) {
                log.add(new double[] {it, gn, 0, mu});
                return new Result(LaePoint.fromVector(x, m, k), false, it, gn, tol, log,
                        "no step decreases ||grad f|| (stationary point of the merit function)");
            }
            System.arraycopy(trial, 0, x, 0, n);
            g = newG;
            gn = newGn;
            log.add(new double[] {it, gn, accepted, mu});
            if (accepted == 1) {
                // chord steps (Shamanskii): reuse this Hessian's factorisation while ||g|| at least halves
                for (int chord = 0; chord < CHORD_STEPS && gn > tol; chord++) {
                    double slope = lm.step(g, mu, d);
                    if (!(slope < 0)) {
                        break;
                    }
                    for (int j = 0; j < n; j++) {
                        trial[j] = x[j] + d[j];
                    }
                    double[] tg = f.gradient(LaePoint.fromVector(trial, m, k)).toVector();
                    double tn = norm(tg);
                    if (!(tn <= CHORD_FACTOR * gn)) {
                        break;
                    }
                    System.arraycopy(trial, 0, x, 0, n);
                    g = tg;
                    gn = tn;
                    log.add(new double[] {it, gn, -1, mu});
                }
            }
        }
        boolean ok = gn <= tol;
        return new Result(LaePoint.fromVector(x, m, k), ok, options.maxIterations(), gn, tol, log,
                ok ? "converged" : "iteration limit reached");
    }

    /** Balances the GL_k gauge where the loss has that symmetry (lambda_sigma = 0); else returns p. */
    static LaePoint gauge(RegularizedLaeLoss f, LaePoint p) {
        if (f.lambdaSigma() != 0) {
            return p;
        }
        LaePoint b = GaugeBalance.balance(p);
        return Double.isFinite(b.norm()) ? b : p;
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    static double normF(DMatrixRMaj a) {
        return norm(a.data);
    }
}
