package lae.numeric;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

import lae.model.LaePoint;
import lae.model.RegularizedLaeLoss;

/**
 * Newton's method for critical points of any index (minima and saddles alike): a
 * Levenberg-Marquardt iteration on the gradient system grad f(theta) = 0 with Jacobian H (the
 * Hessian), as analysed by Yamashita and Fukushima (2001) and Fan and Yuan (2005) for non-isolated
 * solutions. With H = Q Lambda Q^T,
 * <pre>
 *   d = -(H^2 + mu I)^{-1} H g = -Q diag(lambda_i / (lambda_i^2 + mu)) Q^T g,   mu = rho ||g||,
 * </pre>
 * which tends to the minimum-norm Newton step -H^+ g as mu -&gt; 0 (directions with
 * lambda_i^2 &lt;&lt; mu, such as the tangent directions of a critical manifold, are not moved), and is
 * damped far from a solution. The step is a descent direction for the merit phi = ||g||^2 / 2
 * (phi' = -sum lambda_i^2 b_i^2 / (lambda_i^2 + mu) &lt; 0) and is accepted by Armijo backtracking on
 * phi; rho grows after a backtracked step and shrinks after a full one. Converges quadratically
 * where the critical set satisfies a local error bound (Morse-Bott components).
 */
public final class CriticalPointSolver {

    /**
     * @param maxIterations     Newton iterations before giving up
     * @param gradientTolerance convergence when ||grad f|| &lt;= gradientTolerance * (1 + ||C||_F)
     * @param approachTolerance  the cheap first phase ({@link MeritDescent}) stops at this relative ||grad f||
     * @param approachIterations iteration cap of the first phase (0 disables it)
     */
    public record Options(int maxIterations, double gradientTolerance, double approachTolerance, int approachIterations) {
        public static Options defaults() {
            return new Options(200, 1e-11, 1e-4, 5000);
        }
    }

    /** One converged (or abandoned) run with its convergence log. */
    public record Result(LaePoint point, boolean converged, int iterations, double gradientNorm,
                         double tolerance, List<double[]> log, String reason) {
        /** The log as lines "iteration  ||g||  step-length  mu". */
        public String logText() {
            StringBuilder b = new StringBuilder();
            for (double[] r : log) {
                b.append(String.format("%4d  %.3e  %.3e  %.3e%n", (int) r[0], r[1], r[2], r[3]));
            }
            return b.toString();
        }
    }

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
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        double[] x = start.toVector();
        double[] g = f.gradient(start).toVector();
        double gn = norm(g);
        double rho = 1.0;
        double[] b = new double[n];
        double[] lam = new double[n];
        double[] d = new double[n];
        double[] trial = new double[n];
        double[][] q = new double[n][];
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
            if (!eig.decompose(h)) {
                return new Result(p, false, it - 1, gn, tol, log, "eigen-decomposition failed");
            }
            for (int i = 0; i < n; i++) {
                lam[i] = eig.getEigenvalue(i).getReal();
                q[i] = eig.getEigenVector(i).data;
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += q[i][j] * g[j];
                }
                b[i] = s;
            }
            double phi = 0.5 * gn * gn;
            double accepted = 0;
            double mu = 0;
            double newGn = gn;
            double[] newG = null;
            for (int attempt = 0; attempt < 40 && accepted == 0; attempt++) {
                mu = rho * gn;
                java.util.Arrays.fill(d, 0);
                double slope = 0;
                for (int i = 0; i < n; i++) {
                    double c = -lam[i] * b[i] / (lam[i] * lam[i] + mu);
                    slope -= lam[i] * lam[i] * b[i] * b[i] / (lam[i] * lam[i] + mu);
                    double[] qi = q[i];
                    for (int j = 0; j < n; j++) {
                        d[j] += c * qi[j];
                    }
                }
                double t = 1;
                for (int ls = 0; ls < 8; ls++) {
                    for (int j = 0; j < n; j++) {
                        trial[j] = x[j] + t * d[j];
                    }
                    double[] tg = f.gradient(LaePoint.fromVector(trial, m, k)).toVector();
                    double tn = norm(tg);
                    if (Double.isFinite(tn) && 0.5 * tn * tn <= phi + 1e-4 * t * slope) {
                        accepted = t;
                        newG = tg;
                        newGn = tn;
                        break;
                    }
                    t *= 0.5;
                }
                if (accepted == 0) {
                    rho *= 16;
                } else if (accepted == 1) {
                    rho = Math.max(rho / 4, 1e-10);
                } else {
                    rho *= 4;
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
