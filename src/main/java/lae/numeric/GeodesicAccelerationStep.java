package lae.numeric;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import lae.model.HessianSquare;
import lae.model.LaePoint;
import lae.model.LossDerivatives;
import lae.model.RegularizedLaeLoss;

/**
 * The step {@link CriticalPointSolver.Step#GEODESIC_ACCELERATION}: the damped step v plus half the geodesic
 * acceleration of Transtrum and Sethna (2012, "Improvements to the Levenberg-Marquardt algorithm for nonlinear
 * least-squares minimization"),
 * <pre>
 *   a = -(H^2 + mu I)^{-1} H r_vv,    r_vv = d^2/dt^2 grad f(theta + t v) at t = 0,
 * </pre>
 * which follows the curvature of the path theta(t) on which the linearised residual decreases (v is its first-order
 * term). Every member of the loss family is a polynomial of degree four in theta, so grad f(theta + t v) =
 * g + t H v + t^2 g_2 + t^3 g_3 exactly and the even part
 * <pre>
 *   r_vv = 2 g_2 = grad f(theta + v) + grad f(theta - v) - 2 grad f(theta)
 * </pre>
 * is exact up to rounding: no finite-difference step to choose. The acceleration reuses the factorisation of v, so it
 * costs two gradients and one O(n^2) solve; it is used when 2 ||a|| &lt;= {@link #ACCELERATION_RATIO} ||v|| (the
 * second-order term smaller than the first, so that the truncated Taylor series is meaningful), else the step is v.
 *
 * <p><b>The gauge.</b> Where the loss has the GL_k symmetry f(M W1, W2 M^-1) = f(W1, W2), the step is computed at the
 * gauge-balanced representative T x of the iterate x (T(W1, W2) = (M W1, W2 M^-1), {@link GaugeBalance}) and carried
 * back, x' = T^-1 (T x + d): value and criticality are invariant under T but the Hessian's conditioning is not, and
 * carrying the step back keeps the end point in the gauge its start led to. The balanced representative is used when
 * its ||grad f|| is at most {@link #BALANCE_GROWTH} times the iterate's; when cond(M) exceeds
 * {@link #MAX_GAUGE_CONDITION} the iterate is replaced by it instead (the carried-back gradient grows like cond(M)^2).
 * The step is not projected onto the orthogonal complement of the orbit. Gradients come from the kernel
 * {@link LossDerivatives} and H^2 in closed form from {@link HessianSquare}: O(n^2) per gradient and O((km)^2) for H^2
 * instead of the n^3/2 of the dense square, one n^3/6 Cholesky factorisation per damping trial. Why these constants,
 * and what was measured with them: docs/newton.md.
 */
final class GeodesicAccelerationStep extends IterationStep {
    /**
     * Use the acceleration only if 2 ||a|| &lt;= this times ||v|| (Transtrum and Sethna's recommendation: the quadratic
     * term of the step must be smaller than the linear one, or the expansion it comes from is not trustworthy).
     */
    static final double ACCELERATION_RATIO = 0.75;
    /** The balanced representative is used when its ||grad f|| is at most this factor larger than the iterate's. */
    static final double BALANCE_GROWTH = 10;
    /** Largest condition number of the balancing element M for which the step is carried back to the iterate's gauge. */
    static final double MAX_GAUGE_CONDITION = 30;

    private final LossDerivatives df;
    private final double[][] h2;
    private final boolean symmetric;
    private final double[] acc;
    private final double[] rvv;

    GeodesicAccelerationStep(RegularizedLaeLoss f, LevenbergMarquardtStep lm) {
        super(f, lm);
        this.df = new LossDerivatives(f);
        this.h2 = new double[n][n];
        this.symmetric = f.member().glSymmetric();
        this.acc = new double[n];
        this.rvv = new double[n];
    }

    @Override
    double[] gradient(double[] x) {
        double[] g = new double[x.length];
        df.gradient(x, g);
        return g;
    }

    @Override
    Frame frame(double[] xo, double[] go, double gon) {
        LaePoint po = LaePoint.fromVector(xo, m, k);
        DMatrixRMaj[] gauge = symmetric ? GaugeBalance.transform(po) : null;
        if (gauge != null) {
            LaePoint balanced = GaugeBalance.apply(gauge[0], gauge[1], po);
            double[] bx = balanced.toVector();
            double[] bg = gradient(bx);
            double bn = CriticalPointSolver.norm(bg);
            if (Double.isFinite(bn) && bn <= BALANCE_GROWTH * gon) {
                // the iterate's own gauge too stretched to carry the step back accurately: re-anchor
                boolean anchored = conditionNumber(gauge[0]) > MAX_GAUGE_CONDITION;
                return new Frame(balanced, bx, bg, bn, anchored, anchored ? null : gauge);
            }
        }
        return new Frame(po, xo, go, gon, false, null);
    }

    @Override
    boolean prepare(LaePoint p) {
        f.hessian(p, h);
        HessianSquare.of(f, p, h2);
        return lm.prepare(h, h2);
    }

    @Override
    Trial trial(double[] x, double[] g, double[] v, double mu, double[] trial) {
        // r_vv = grad f(x + v) + grad f(x - v) - 2 grad f(x), exact because grad f is cubic along a line
        for (int j = 0; j < n; j++) {
            trial[j] = x[j] + v[j];
        }
        double[] gPlus = gradient(trial);
        for (int j = 0; j < n; j++) {
            trial[j] = x[j] - v[j];
        }
        double[] gMinus = gradient(trial);
        for (int j = 0; j < n; j++) {
            rvv[j] = gPlus[j] + gMinus[j] - 2 * g[j];
        }
        lm.step(rvv, mu, acc);
        double an = CriticalPointSolver.norm(acc);
        double vn = CriticalPointSolver.norm(v);
        if (Double.isFinite(an) && 2 * an <= ACCELERATION_RATIO * vn) {
            for (int j = 0; j < n; j++) {
                trial[j] = x[j] + v[j] + 0.5 * acc[j];
            }
            return new Trial(gradient(trial), 1);
        }
        for (int j = 0; j < n; j++) {
            trial[j] = x[j] + v[j];
        }
        return new Trial(gPlus, 2);
    }

    @Override
    Frame back(Frame frame, double[] x, double[] g, double gn) {
        if (frame.gauge() == null) {
            return new Frame(null, x.clone(), g, gn, true, null);
        }
        DMatrixRMaj[] t = frame.gauge();
        double[] xo = GaugeBalance.apply(t[1], t[0], LaePoint.fromVector(x, m, k)).toVector();
        double[] go = gradient(xo);
        return new Frame(null, xo, go, CriticalPointSolver.norm(go), true, null);
    }

    /** sigma_max / sigma_min of a small square matrix. */
    private static double conditionNumber(DMatrixRMaj a) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(a.numRows, a.numCols, false, false, true);
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
